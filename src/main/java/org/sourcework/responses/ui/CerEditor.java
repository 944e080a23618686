package org.sourcework.responses.ui;

import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CerAnswer;

/** Claim, evidence and reasoning: three labelled fields saved together. */
final class CerEditor extends AnswerEditor {

    private final AnswerTextArea claim;
    private final AnswerTextArea evidence;
    private final AnswerTextArea reasoning;

    CerEditor(ClaimEvidenceReasoning question, AnswerSaver saver, LocalBackup backup) {
        super(saver);
        addClassName("cer-editor");
        var limits = question.maxLengths();
        claim = part(question, "claim", limits.claim(), 3, null);
        evidence = part(question, "evidence", limits.evidence(), 4, getTranslation("reader.cer.evidence-hint"));
        reasoning = part(question, "reasoning", limits.reasoning(), 5, null);
        saver.addSavedListener(answer -> {
            if (answer.value() instanceof CerAnswer(String c, String e, String r)) {
                claim.saved(backup, c);
                evidence.saved(backup, e);
                reasoning.saved(backup, r);
            }
        });
        add(claim, evidence, reasoning);
    }

    private AnswerTextArea part(
            ClaimEvidenceReasoning question, String name, int maxLength, int rows, @Nullable String hint) {
        var part = new AnswerTextArea(maxLength, rows, question.id() + ":" + name, hint, this::save);
        part.field().setLabel(getTranslation("reader.cer." + name));
        return part;
    }

    private void save() {
        saver.save(current());
    }

    private CerAnswer current() {
        return new CerAnswer(claim.value(), evidence.value(), reasoning.value());
    }

    @Override
    void loadAnswer(@Nullable AnswerValue value) {
        var answer = value instanceof CerAnswer cer ? cer : new CerAnswer("", "", "");
        claim.loadText(answer.claim());
        evidence.loadText(answer.evidence());
        reasoning.loadText(answer.reasoning());
    }

    @Override
    void setReadOnly(boolean readOnly) {
        claim.setReadOnly(readOnly);
        evidence.setReadOnly(readOnly);
        reasoning.setReadOnly(readOnly);
    }

    @Override
    void showRejected(String message) {
        // the service names the part that is too long; show it where it belongs when it can be told
        var lower = message.toLowerCase(java.util.Locale.ROOT);
        var part = lower.contains("evidence") ? evidence : lower.contains("reasoning") ? reasoning : claim;
        part.showRejected(message);
    }

    @Override
    void keepInBrowser(LocalBackup backup) {
        for (var part : new AnswerTextArea[] {claim, evidence, reasoning}) {
            part.watch(backup);
            part.offerBackup(backup, this::save);
        }
    }
}
