package org.sourcework.lessons;

import java.util.List;
import java.util.Map;
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
 * @param adapted  section id to the paragraphs of its adapted text (plain present-day English written by
 *                 the lesson's authors), for the sections that have one
 * @param related  the sources students compare the document with ("Compare with")
 * @param comparisons question id to what a corroboration question asks students to compare
 * @param moreDocuments the lesson's further documents, read after {@link #document()}; usually none
 */
public record LessonContent(
        String slug,
        String title,
        String centralQuestion,
        Headnote headnote,
        LessonSettings settings,
        List<GlossaryTerm> glossary,
        Document document,
        List<Question> questions,
        List<Rubric> rubrics,
        List<String> corePath,
        Map<String, List<String>> adapted,
        List<RelatedSource> related,
        Map<String, Comparison> comparisons,
        List<SourceDocument> moreDocuments) {

    /** The section id that questions use for "asked before reading". */
    public static final String HEADNOTE = "headnote";

    public LessonContent {
        glossary = List.copyOf(glossary);
        questions = List.copyOf(questions);
        rubrics = List.copyOf(rubrics);
        corePath = List.copyOf(corePath);
        adapted = Map.copyOf(adapted);
        related = List.copyOf(related);
        comparisons = Map.copyOf(comparisons);
        moreDocuments = List.copyOf(moreDocuments);
    }

    public LessonContent(
            String slug,
            String title,
            String centralQuestion,
            Headnote headnote,
            LessonSettings settings,
            List<GlossaryTerm> glossary,
            Document document,
            List<Question> questions,
            List<Rubric> rubrics,
            List<String> corePath) {
        this(
                slug,
                title,
                centralQuestion,
                headnote,
                settings,
                glossary,
                document,
                questions,
                rubrics,
                corePath,
                Map.of(),
                List.of(),
                Map.of(),
                List.of());
    }

    public LessonContent(
            String slug,
            String title,
            String centralQuestion,
            Headnote headnote,
            LessonSettings settings,
            List<GlossaryTerm> glossary,
            Document document,
            List<Question> questions,
            List<Rubric> rubrics) {
        this(slug, title, centralQuestion, headnote, settings, glossary, document, questions, rubrics, List.of());
    }

    public boolean hasCorePath() {
        return !corePath.isEmpty();
    }

    /** The questions of the core path, in the order of the lesson; every question when there is none. */
    public List<Question> coreQuestions() {
        return hasCorePath()
                ? questions.stream()
                        .filter(question -> corePath.contains(question.id()))
                        .toList()
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
        return new LessonContent(
                slug,
                title,
                centralQuestion,
                headnote,
                settings,
                glossary,
                document,
                coreQuestions(),
                rubrics,
                corePath,
                adapted,
                related,
                comparisons,
                moreDocuments);
    }

    /** The adapted text of a section, paragraph by paragraph; empty when it has none. */
    public List<String> adaptedText(String sectionId) {
        return adapted.getOrDefault(sectionId, List.of());
    }

    public Optional<RelatedSource> relatedSource(String id) {
        return related.stream().filter(source -> source.id().equals(id)).findFirst();
    }

    /** What the question asks students to compare, when it is a corroboration item with a related source. */
    public Optional<Comparison> comparison(String questionId) {
        return Optional.ofNullable(comparisons.get(questionId));
    }

    /** The further document whose sourcing card is the page {@code id}, if it is one. */
    public Optional<SourceDocument> documentCard(String id) {
        return moreDocuments.stream().filter(more -> more.id().equals(id)).findFirst();
    }

    /** A section of any of the lesson's documents: section ids are unique in the lesson. */
    public Optional<Section> section(String id) {
        return document.section(id)
                .or(() -> moreDocuments.stream()
                        .flatMap(more -> more.document().section(id).stream())
                        .findFirst());
    }

    /**
     * The lesson seen from the document that holds {@code pageId} (one of its sections or its
     * sourcing card): its headnote, text and adapted text in place of the first document's, so a
     * page of a further document is set exactly as a page of the first.
     */
    public LessonContent fromDocumentOf(String pageId) {
        if (document.section(pageId).isPresent() || HEADNOTE.equals(pageId)) {
            return this;
        }
        return moreDocuments.stream()
                .filter(more -> more.id().equals(pageId)
                        || more.document().section(pageId).isPresent())
                .findFirst()
                .map(more -> new LessonContent(
                        slug,
                        title,
                        centralQuestion,
                        more.headnote(),
                        settings,
                        glossary,
                        more.document(),
                        questions,
                        rubrics,
                        corePath,
                        more.adapted(),
                        related,
                        comparisons,
                        moreDocuments))
                .orElse(this);
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** The questions of a section (or of {@link #HEADNOTE}), in the order of the file. */
    public List<Question> questionsFor(String sectionId) {
        return questions.stream()
                .filter(question -> question.sectionId().equals(sectionId))
                .toList();
    }

    public int totalPoints() {
        return questions.stream().mapToInt(Question::points).sum();
    }
}
