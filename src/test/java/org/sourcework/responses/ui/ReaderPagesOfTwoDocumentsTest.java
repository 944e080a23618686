package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.internal.LessonParser;

/** The reader's pages of a two-document lesson: each further document follows with its sourcing card first. */
class ReaderPagesOfTwoDocumentsTest {

    private static LessonContent twoLetters() throws IOException {
        var folder = Path.of("src/test/resources/lessons-fixtures/two-letters");
        var files = new HashMap<String, String>();
        try (var entries = Files.list(folder)) {
            for (var file : entries.toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        return LessonParser.parse("lessons/two-letters", files).content();
    }

    @Test
    void the_second_documents_card_and_sections_follow_the_first_document() throws IOException {
        var pages = new ReaderPages(twoLetters());

        assertThat(pages.ids()).containsExactly("headnote", "I", "II", "reply", "reply-letter", "reply-footnotes");
        assertThat(pages.label("reply", "Before reading")).isEqualTo("[A Reply from Leeds]");
        assertThat(pages.label("reply-letter", "Before reading")).isEqualTo("[Her letter]");
        assertThat(pages.questions("reply")).extracting(q -> q.id()).containsExactly("no-censor");
        assertThat(pages.section("reply-letter").orElseThrow().sentences()).hasSize(3);
        assertThat(pages.atEnd("reply-letter")).isTrue();
    }
}
