package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Comparison;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.ui.QuestionHeading;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.responses.SavedAnswer;

/** One question: its number, skill and points, the prompt, the input and whether the answer is saved. */
final class QuestionCard extends Section {

    private final AnswerEditor editor;

    QuestionCard(Question question, int number, ReaderContext context, @Nullable SourceText source) {
        addClassName("question-card");
        setId("question-" + question.id());
        var saver = context.saver(question);
        var promptId = "prompt-" + question.id();
        var top = new Div();
        top.addClassName("question-top");
        QuestionHeading.markup(this, getTranslation("reader.question.number", number), question, promptId)
                .into(top);
        add(top);
        var sentences = context.pages()
                .section(question.sectionId())
                .map(org.sourcework.lessons.Section::sentences)
                .orElse(List.of());
        var compared = context.content()
                .comparison(question.id())
                .map(Comparison::sentences)
                .orElse(List.of());
        var pointsAt = SentenceReferences.of(question, sentences, compared);
        if (!pointsAt.isEmpty()) {
            // read in the browser: focusing the question brings these sentences into view (SectionPage)
            getElement()
                    .setAttribute(
                            "data-sentences",
                            pointsAt.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        context.content()
                .comparison(question.id())
                .ifPresent(comparison -> context.content()
                        .relatedSource(comparison.sourceId())
                        .ifPresent(related -> add(new ComparisonBox(comparison, related))));
        if (context.revising(question)) {
            addClassName("revising");
            add(new RevisionBanner(context));
        }
        editor = editor(question, saver, context, source, promptId);
        editor.loadAnswer(saver.hasUnsavedValue() ? saver.pending() : saver.stored());
        add(editor, new SaveStatusLine(saver, context.format()));
        if (context.editable(question)) {
            editor.keepInBrowser(context.backup());
        } else {
            editor.setReadOnly(true);
        }
        if (context.revising(question)) {
            add(new RevisionHandIn(context, question, saver));
        } else if (question.id().equals(context.justRevised())) {
            var done = new Paragraph(getTranslation("reader.revision.handed-in"));
            done.addClassName("revision-handed-in");
            done.getElement().setAttribute("role", "status");
            add(done);
        }
        saver.onRejected(editor::showRejected);
        saver.onConflict(current -> conflict(question, current, saver));
        // saved over in another window while nothing was unsaved here: show what is stored now
        saver.onReplaced(current -> editor.loadAnswer(current.value()));
    }

    private void conflict(Question question, SavedAnswer current, AnswerSaver saver) {
        new ConflictDialog(question, saver.pending(), current.value(), () -> saver.keepMine(current), () -> {
                    editor.loadAnswer(current.value());
                    saver.loadNewer(current);
                })
                .open();
    }

    private static AnswerEditor editor(
            Question question, AnswerSaver saver, ReaderContext context, @Nullable SourceText source, String promptId) {
        return switch (question) {
            case SingleChoice single -> new SingleChoiceEditor(single, saver, context, promptId);
            case MultipleChoice multiple -> new MultipleChoiceEditor(multiple, saver, context, promptId);
            case Evidence evidence ->
                new EvidenceEditor(
                        evidence,
                        context.pages()
                                .section(evidence.sectionId())
                                .map(org.sourcework.lessons.Section::sentences)
                                .orElse(List.of()),
                        saver,
                        source,
                        promptId);
            case Categorisation categorisation -> new CategorisationEditor(categorisation, saver);
            case ClaimEvidenceReasoning cer -> new CerEditor(cer, saver, context.backup());
            default -> new TextAnswerEditor(question, saver, context.backup(), promptId);
        };
    }
}
