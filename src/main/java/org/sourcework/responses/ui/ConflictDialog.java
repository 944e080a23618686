package org.sourcework.responses.ui;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;
import org.sourcework.base.ui.VersionConflictDialog;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerText;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CerAnswer;

/**
 * The same answer was saved in another window since this page loaded: the student sees both
 * versions and chooses which to keep.
 */
final class ConflictDialog extends VersionConflictDialog {

    ConflictDialog(
            Question question, @Nullable AnswerValue mine, AnswerValue theirs, Runnable keepMine, Runnable loadNewer) {
        super(
                translate("reader.conflict.title"),
                translate("reader.conflict.text"),
                translate("reader.conflict.keep-mine"),
                translate("reader.conflict.load-newer"),
                keepMine,
                loadNewer,
                version("reader.conflict.theirs", question, theirs, "conflict-theirs"),
                version("reader.conflict.mine", question, mine, "conflict-mine"));
    }

    private static Div version(String titleKey, Question question, @Nullable AnswerValue value, String className) {
        var box = new Div(new H4(translate(titleKey)));
        box.addClassNames("conflict-version", className);
        if (value == null || value.isBlank()) {
            box.add(new Paragraph(translate("reader.conflict.blank")));
        } else if (value instanceof CerAnswer(String claim, String evidence, String reasoning)) {
            box.add(
                    part("reader.cer.claim", claim),
                    part("reader.cer.evidence", evidence),
                    part("reader.cer.reasoning", reasoning));
        } else {
            box.add(text(AnswerText.of(question, value)));
        }
        return box;
    }

    private static Paragraph part(String labelKey, String text) {
        return text(translate(labelKey) + ": " + text);
    }

    private static Paragraph text(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName("conflict-text");
        return paragraph;
    }
}
