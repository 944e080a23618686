package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.Comparison;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LoadProblem;
import org.sourcework.lessons.Section;

/**
 * A lesson of two documents (src/test/resources/lessons-fixtures/two-letters): each has its own
 * sourcing card, sections, sentences, adapted text and questions; a related source is named for
 * comparison, with the sentences to compare resolved from quoted phrases.
 */
class MultiDocumentLessonTest {

    private static final Path FIXTURE = Path.of("src/test/resources/lessons-fixtures/two-letters");

    private static LessonContent lesson() {
        var parsed = LessonFixtures.parse(FIXTURE);
        assertThat(parsed.problems()).isEmpty();
        return parsed.content();
    }

    private static List<String> problemsOf(String brokenCase) {
        var parsed = LessonFixtures.parse(Path.of("src/test/resources/lessons-broken", brokenCase));
        assertThat(parsed.isValid()).as("a lesson with an error is not loaded").isFalse();
        return parsed.problems().stream().map(LoadProblem::formatted).toList();
    }

    @Test
    void each_document_has_its_own_sourcing_card_sections_sentences_and_adapted_text() {
        var lesson = lesson();

        assertThat(lesson.headnote().sender()).isEqualTo("A private soldier in the British Army");
        assertThat(lesson.document().allSections()).extracting(Section::id).containsExactly("I", "II");
        assertThat(lesson.moreDocuments()).singleElement().satisfies(reply -> {
            assertThat(reply.id()).isEqualTo("reply");
            assertThat(reply.headnote().sender()).isEqualTo("The soldier's mother");
            assertThat(reply.document().titleText()).isEqualTo("A Reply from Leeds");
            assertThat(reply.document().footnotes()).hasSize(1);
            assertThat(reply.document().section("reply-letter").orElseThrow().sentences())
                    .hasSize(3);
            assertThat(reply.adapted().get("reply-letter"))
                    .singleElement()
                    .asString()
                    .startsWith("Dear son");
        });
        var seenFromReply = lesson.fromDocumentOf("reply-letter");
        assertThat(seenFromReply.headnote().sender()).isEqualTo("The soldier's mother");
        assertThat(seenFromReply.adaptedText("reply-letter")).isNotEmpty();
        assertThat(lesson.fromDocumentOf("reply")).isEqualTo(seenFromReply);
        assertThat(lesson.fromDocumentOf("II")).isSameAs(lesson);
    }

    @Test
    void questions_name_the_sourcing_card_or_the_sections_of_either_document() {
        var lesson = lesson();

        assertThat(lesson.questionsFor("reply")).extracting(q -> q.id()).containsExactly("no-censor");
        var cheering = (Evidence) lesson.question("cheering").orElseThrow();
        assertThat(cheering.keySentences()).containsExactly(1);
        assertThat(lesson.section("reply-letter")).isPresent();
        assertThat(lesson.documentCard("reply")).isPresent();
        assertThat(lesson.documentCard("reply-letter")).isEmpty();
    }

    @Test
    void a_corroboration_question_names_a_related_source_a_part_to_read_and_sentences_to_compare() {
        var lesson = lesson();

        assertThat(lesson.related()).singleElement().satisfies(source -> {
            assertThat(source.link()).isEqualTo("https://example.org/war-diary");
            assertThat(source.note()).startsWith("Kept by officers, day by day");
        });
        assertThat(lesson.comparison("where-was-he"))
                .contains(new Comparison("war-diary", "the entry for 9 May", List.of(2)));
        assertThat(lesson.comparison("cheering").orElseThrow().sentences()).containsExactly(1);
        assertThat(lesson.comparison("who-wrote-it")).isEmpty();
    }

    @Test
    void a_document_whose_file_is_missing_is_reported_on_the_line_naming_it() {
        assertThat(problemsOf("document-file-missing"))
                .contains("lessons/document-file-missing/lesson.yaml:15:"
                        + " document 'reply' is in the file 'reply.md', which is not in the lesson folder. Add the file, or"
                        + " correct its name.");
    }

    @Test
    void a_section_id_used_by_two_documents_is_reported() {
        assertThat(problemsOf("section-id-in-two-documents"))
                .contains("lessons/section-id-in-two-documents/"
                        + "lesson.yaml:14: reply.md has the section id 'I', which document.md uses too. Section ids must be"
                        + " unique in the lesson: write, for example, {#reply-I}.");
    }

    @Test
    void a_comparison_naming_no_related_source_is_reported_on_its_line() {
        assertThat(problemsOf("compare-unknown-source"))
                .containsExactly("lessons/compare-unknown-source/"
                        + "questions.yaml:55: 'compare' of question 'where-was-he' names the related source 'diary', which"
                        + " lesson.yaml does not list under 'related'. Use one of: war-diary.");
    }

    @Test
    void a_related_source_without_a_web_address_is_reported_on_its_line() {
        assertThat(problemsOf("related-link-not-web"))
                .containsExactly("lessons/related-link-not-web/lesson.yaml:31:"
                        + " related source 'war-diary' has the link 'example.org/war-diary', which is not a web address."
                        + " Write the full address, starting with https://.");
    }
}
