package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.Document;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.LessonSettings;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.Section;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.Skill;

/** The order of the reader's pages, where Submit is offered, and which pages a gated lesson keeps closed. */
class ReaderPagesGatingTest {

    private static Section section(String id, String heading, List<Section> children) {
        return new Section(id, heading, false, null, children.isEmpty() ? 3 : 2, List.of(), children);
    }

    private static SingleChoice question(String id, String sectionId) {
        return new SingleChoice(
                id, sectionId, Skill.SOURCING, 1, "Why?", List.of(new Option("a", "Because", true, null)), List.of());
    }

    private static LessonContent lesson(boolean gated) {
        var document = new Document(
                List.of(),
                List.of(
                        section("I", "I.", List.of()),
                        section("II", "II.", List.of(section("II.A", "A.", List.of()))),
                        section("notes", "Notes", List.of())),
                List.of());
        return new LessonContent(
                "tiny",
                "Tiny",
                "Why?",
                null,
                new LessonSettings(gated, true),
                List.of(),
                document,
                List.of(question("h1", LessonContent.HEADNOTE), question("q1", "I"), question("q2", "II.A")),
                List.of());
    }

    @Test
    void pages_start_with_the_headnote_then_sections_parents_first() {
        var pages = new ReaderPages(lesson(false));

        assertThat(pages.ids()).containsExactly("headnote", "I", "II", "II.A", "notes");
        assertThat(pages.label("II.A", "Before you read")).isEqualTo("II.A");
        assertThat(pages.next("II")).contains("II.A");
        assertThat(pages.previous("headnote")).isEmpty();
    }

    @Test
    void submit_is_offered_from_the_last_page_with_questions_on() {
        var pages = new ReaderPages(lesson(false));

        assertThat(pages.atEnd("II")).isFalse();
        assertThat(pages.atEnd("II.A")).isTrue();
        assertThat(pages.atEnd("notes")).isTrue();
    }

    @Test
    void gated_lesson_keeps_a_page_closed_until_every_earlier_question_is_answered() {
        var pages = new ReaderPages(lesson(true));
        Set<String> answered = Set.of("h1");

        assertThat(pages.blockedBy("I", (Question q) -> answered.contains(q.id())))
                .isEmpty();
        assertThat(pages.blockedBy("II.A", (Question q) -> answered.contains(q.id())))
                .contains("I");
        assertThat(pages.blockedBy("II.A", (Question q) -> true)).isEmpty();
    }

    @Test
    void lesson_without_gating_opens_every_page() {
        var pages = new ReaderPages(lesson(false));

        assertThat(pages.blockedBy("II.A", question -> false)).isEmpty();
    }
}
