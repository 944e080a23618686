package org.sourcework.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;

/**
 * Above an answer written to an earlier version of the lesson, when that version asked the question
 * or set its passage differently from the version the screen shows: the question and the passage as
 * the student read them, so the answer is never judged against text the student never saw.
 */
final class AskedEarlier extends Div {

    private final @Nullable SourcePane passage;
    private final @Nullable Details passageDetails;

    private AskedEarlier(Question then, LessonContent thenContent, boolean promptChanged, boolean passageChanged) {
        addClassName("asked-earlier");
        var label = new Paragraph(getTranslation("review.asked-earlier.label"));
        label.addClassName("asked-earlier-label");
        add(label);
        if (promptChanged) {
            var caption = new Span(getTranslation("review.asked-earlier.question"));
            caption.addClassName("asked-earlier-caption");
            var prompt = new Paragraph(then.prompt().strip());
            prompt.addClassName("asked-earlier-prompt");
            add(caption, prompt);
            if (then instanceof Evidence evidence && evidence.claim() != null) {
                var claim = new Paragraph(evidence.claim().strip());
                claim.addClassName("evidence-claim");
                add(claim);
            }
        }
        if (passageChanged) {
            passage = new SourcePane(thenContent, then.sectionId());
            passageDetails = new Details(getTranslation("review.asked-earlier.passage"), passage);
            passageDetails.addClassName("asked-earlier-passage");
            add(passageDetails);
        } else {
            passage = null;
            passageDetails = null;
        }
    }

    /**
     * The note for an answer written to version {@code then} of the lesson, or nothing when that
     * version asked the question and set its passage exactly as the shown version does.
     */
    static Optional<AskedEarlier> of(
            Question then, LessonContent thenContent, Question shown, LessonContent shownContent) {
        // options, rubric or key may change with the words of the prompt unchanged: the label says so
        var promptChanged = !wording(then).equals(wording(shown));
        var passageChanged =
                !Objects.equals(passageOf(thenContent, then.sectionId()), passageOf(shownContent, shown.sectionId()));
        return !then.equals(shown) || passageChanged
                ? Optional.of(new AskedEarlier(then, thenContent, promptChanged, passageChanged))
                : Optional.empty();
    }

    private static String wording(Question question) {
        return question.prompt().strip()
                + (question instanceof Evidence evidence && evidence.claim() != null
                        ? "\n" + evidence.claim().strip()
                        : "");
    }

    private static @Nullable Object passageOf(LessonContent content, String sectionId) {
        return LessonContent.HEADNOTE.equals(sectionId)
                ? content.headnote()
                : content.section(sectionId).orElse(null);
    }

    /** Marks chosen sentences in the passage the student read; false when that passage is the one beside the answers. */
    boolean highlight(Collection<Integer> sentences) {
        if (passage == null || passageDetails == null) {
            return false;
        }
        passageDetails.setOpened(true);
        passage.highlight(sentences);
        return true;
    }
}
