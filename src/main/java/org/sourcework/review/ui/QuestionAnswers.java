package org.sourcework.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.Question;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.review.GivenFeedback;
import org.sourcework.roster.ClassStudent;
import org.sourcework.roster.RosterQueries;

/**
 * Every student's answer to one question, a page of students at a time ("Show more" reads the
 * next page), each with its feedback editor. A page costs the same few statements whatever the
 * size of the class. An answer written to an earlier version of the lesson that asked the question
 * differently carries that version's question and passage.
 */
final class QuestionAnswers extends Section {

    static final int PAGE = 20;

    private final ReviewContext context;
    private final RosterQueries roster;
    private final Question question;
    private final SourcePane source;
    private final Div list = new Div();
    private final Button more = new Button();
    private final int total;
    private final List<FeedbackEditor> editors = new ArrayList<>();
    private final List<ClassStudent> shown = new ArrayList<>();
    private final Span counts = new Span();
    private final Runnable recount;
    private boolean refreshing;
    private final boolean focused;
    private final Span position = new Span();
    private int at;

    QuestionAnswers(
            ReviewContext context,
            RosterQueries roster,
            Question question,
            SourcePane source,
            Runnable recount,
            Component action,
            boolean focused) {
        this.context = context;
        this.roster = roster;
        this.question = question;
        this.source = source;
        this.recount = recount;
        this.focused = focused;
        addClassName("question-answers");
        total = roster.countStudentsOf(context.assignment().classId());
        var heading = new H2(getTranslation("review.answers.title"));
        heading.setId("answers-heading");
        getElement().setAttribute("aria-labelledby", "answers-heading");
        counts.addClassName("answers-counts");
        counts.setId("answers-counts");
        // read out when feedback saved or released changes them
        counts.getElement().setAttribute("role", "status");
        var head = new Div(heading, counts, action);
        head.addClassName("answers-head");
        list.addClassName("answers-list");
        more.addClassName("show-more");
        more.addClickListener(event -> showMore());
        add(head, list, more);
        if (total == 0) {
            list.add(new Paragraph(getTranslation("review.answers.no-students")));
        } else if (focused) {
            addClassName("focused");
            addComponentAtIndex(1, new FocusBar(position, this::move, this::nextUngraded));
            more.setVisible(false);
            showAt(0, false);
            return;
        }
        showMore();
    }

    /** In focused grading: moves to the student {@code step} places on, keeping what was typed. */
    void move(int step) {
        var target = at + step;
        if (focused && target >= 0 && target < total) {
            showAt(target, true);
        }
    }

    /** In focused grading: moves to the next answer handed in without feedback, or says there is none. */
    void nextUngraded() {
        if (!focused) {
            return;
        }
        new UngradedFinder(context, roster, question)
                .after(at, total)
                .ifPresentOrElse(
                        index -> showAt(index, true), () -> position.setText(getTranslation("review.focus.all-done")));
    }

    private void showAt(int index, boolean focus) {
        // feedback the server refused stays on screen with its message rather than being left behind
        if (!editors.stream().allMatch(FeedbackEditor::flush)) {
            return;
        }
        editors.forEach(FeedbackEditor::stopRetrying);
        editors.clear();
        shown.clear();
        list.removeAll();
        at = index;
        load(index, 1);
        position.setText(getTranslation("review.focus.position", index + 1, total));
        if (focus) {
            editors.stream().findFirst().ifPresent(editor -> editor.getElement().callJsFunction("focus"));
        }
    }

    /** Shows the class-wide counts of this question: answered, with feedback, released. */
    void showCounts(String text) {
        counts.setText(text);
    }

    List<FeedbackEditor> editors() {
        return List.copyOf(editors);
    }

    /** Reads the feedback of every student shown again, after it was released from this screen. */
    void refresh() {
        var ids = shown.stream().map(ClassStudent::userId).toList();
        refreshing = true;
        var byRevision = context.review().feedbackFor(context.assignmentId(), ids).stream()
                .collect(Collectors.toMap(GivenFeedback::revisionId, Function.identity(), (a, b) -> b));
        editors.forEach(editor -> {
            var revisionId = editor.answer().revisionId();
            editor.refresh(revisionId == null ? null : byRevision.get(revisionId));
        });
        refreshing = false;
        recount.run();
    }

    private void showMore() {
        load(shown.size(), PAGE);
        var left = total - shown.size();
        more.setVisible(left > 0);
        more.setText(getTranslation("review.answers.more", Math.min(PAGE, left), left));
    }

    private void load(int offset, int limit) {
        var students = roster.studentsOf(context.assignment().classId(), offset, limit);
        var ids = students.stream().map(ClassStudent::userId).toList();
        Map<Long, ClassAnswer> answers =
                context.classWork().answersTo(context.assignmentId(), question.id(), ids).stream()
                        .collect(Collectors.toMap(ClassAnswer::studentId, Function.identity()));
        var feedback = ids.isEmpty()
                ? List.<GivenFeedback>of()
                : context.review().feedbackFor(context.assignmentId(), ids).stream()
                        .filter(given -> given.questionId().equals(question.id()))
                        .toList();
        for (var student : students) {
            var answer = answers.get(student.userId());
            list.add(answer == null ? missing(student) : editor(student, answer, feedback));
        }
        shown.addAll(students);
    }

    private FeedbackEditor editor(ClassStudent student, ClassAnswer answer, List<GivenFeedback> feedback) {
        var mine = feedback.stream()
                .filter(given -> given.answerId() == answer.answerId())
                .sorted(Comparator.comparingLong(GivenFeedback::id))
                .toList();
        var current = mine.stream()
                .filter(given -> Objects.equals(given.revisionId(), answer.revisionId()))
                .findFirst()
                .orElse(null);
        var earlier = mine.stream().filter(given -> given != current).toList();
        var title = new H3(student.displayName());
        title.addClassName("feedback-editor-title");
        var editor = new FeedbackEditor(context, question, student, answer, current, earlier, title);
        editor.getElement().setAttribute("tabindex", "-1");
        var asked = answer.lessonVersion() == context.currentVersion()
                ? Optional.<AskedEarlier>empty()
                : AskedEarlier.of(editor.question(), context.contentOf(answer), question, context.content());
        asked.ifPresent(editor::showAskedAs);
        if (editor.question() instanceof Evidence && answer.value() instanceof EvidenceAnswer evidence) {
            editor.onFocusEnter(() -> {
                // the sentences are numbered in the passage the student read, which may not be the one beside
                var inOwnPassage =
                        asked.map(note -> note.highlight(evidence.sentences())).orElse(false);
                source.highlight(inOwnPassage ? List.of() : evidence.sentences());
                editors.forEach(other -> other.setClassName("current", other == editor));
            });
        }
        if (!focused) {
            editor.foldWhenReleased();
        }
        editor.onStateChange(() -> {
            if (!refreshing) {
                recount.run();
            }
        });
        editors.add(editor);
        return editor;
    }

    private Div missing(ClassStudent student) {
        var name = new H3(student.displayName());
        name.addClassName("feedback-editor-title");
        var note = new Span(getTranslation("review.answers.none"));
        note.addClassName("missing-note");
        var row = new Div(name, note);
        row.addClassName("missing-answer");
        row.getElement().setAttribute("data-student", student.username());
        return row;
    }
}
