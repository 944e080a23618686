package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static final Map<String, String> FILES =
            Map.of("lesson.yaml", "title: A", "document.md", "# A {#title}", "questions.yaml", "questions: []");

    @Test
    void same_files_give_the_same_hash_whatever_the_map_order() {
        var reordered = new java.util.LinkedHashMap<String, String>();
        reordered.put("questions.yaml", "questions: []");
        reordered.put("document.md", "# A {#title}");
        reordered.put("lesson.yaml", "title: A");

        assertThat(ContentHash.of(reordered))
                .isEqualTo(ContentHash.of(FILES))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void a_change_to_any_file_changes_the_hash() {
        var changed = new java.util.HashMap<>(FILES);
        changed.put("document.md", "# B {#title}");

        assertThat(ContentHash.of(changed)).isNotEqualTo(ContentHash.of(FILES));
    }

    @Test
    void text_moved_from_one_file_to_the_next_changes_the_hash() {
        var one = Map.of("lesson.yaml", "ab", "document.md", "c");
        var other = Map.of("lesson.yaml", "a", "document.md", "bc");

        assertThat(ContentHash.of(one)).isNotEqualTo(ContentHash.of(other));
    }

    @Test
    void a_new_slug_makes_a_new_lesson() {
        assertThat(VersionDecision.decide(null, "abc")).isEqualTo(VersionDecision.NEW_LESSON);
    }

    @Test
    void changed_files_make_a_new_version() {
        assertThat(VersionDecision.decide("abc", "def")).isEqualTo(VersionDecision.NEW_VERSION);
    }

    @Test
    void unchanged_files_store_nothing() {
        assertThat(VersionDecision.decide("abc", "abc")).isEqualTo(VersionDecision.UNCHANGED);
    }

    @Test
    void stored_source_reads_back_the_same_files() {
        var files = Map.of(
                "lesson.yaml",
                "title: \"Moscow\"\n",
                "document.md",
                "STALIN’s “line”\n\n[Page 89]\n",
                "questions.yaml",
                "questions:\n  - id: a\n");

        assertThat(StoredSource.decode(StoredSource.encode(files))).isEqualTo(files);
        assertThat(StoredSource.encode(files)).startsWith("{\"document.md\":");
    }
}
