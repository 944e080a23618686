package org.sourcework.lessons;

import java.util.List;
import java.util.Optional;
import org.sourcework.roster.LessonPath;

/**
 * One version of a lesson, as read from its folder: everything a reader, a grader or an
 * analysis needs. Immutable, so one instance is shared by every request.
 *
 * @param slug     the folder name, such as {@code moscow-1956}
 * @param rubrics  the named rubrics of {@code questions.yaml}; questions hold their own rubric too
 * @param corePath the ids of the questions that make the one-period core path, in file order; empty
 *                 when the lesson has none
 */
public record LessonContent(String slug, String title, String centralQuestion, Headnote headnote,
        LessonSettings settings, List<GlossaryTerm> glossary, Document document, List<Question> questions,
        List<Rubric> rubrics, List<String> corePath) {

    /** The section id that questions use for "asked before reading". */
    public static final String HEADNOTE = "headnote";

    public LessonContent {
        glossary = List.copyOf(glossary);
        questions = List.copyOf(questions);
        rubrics = List.copyOf(rubrics);
        corePath = List.copyOf(corePath);
    }

    public LessonContent(String slug, String title, String centralQuestion, Headnote headnote,
            LessonSettings settings, List<GlossaryTerm> glossary, Document document, List<Question> questions,
            List<Rubric> rubrics) {
        this(slug, title, centralQuestion, headnote, settings, glossary, document, questions, rubrics, List.of());
    }

    public boolean hasCorePath() {
        return !corePath.isEmpty();
    }

    /** The questions of the core path, in the order of the lesson; every question when there is none. */
    public List<Question> coreQuestions() {
        return hasCorePath() ? questions.stream().filter(question -> corePath.contains(question.id())).toList()
                : questions;
    }

    /**
     * The lesson as a class given {@code path} sees it: for the core path only the core questions
     * (the text, glossary and rubrics stay whole), so every count made from it counts only those.
     */
    public LessonContent forPath(LessonPath path) {
        if (path == LessonPath.FULL || !hasCorePath()) {
            return this;
        }
        return new LessonContent(slug, title, centralQuestion, headnote, settings, glossary, document,
                coreQuestions(), rubrics, corePath);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** The questions of a section (or of {@link #HEADNOTE}), in the order of the file. */
    public List<Question> questionsFor(String sectionId) {
        return questions.stream().filter(question -> question.sectionId().equals(sectionId)).toList();
    }

    public int totalPoints() {
        return questions.stream().mapToInt(Question::points).sum();
    }
}
