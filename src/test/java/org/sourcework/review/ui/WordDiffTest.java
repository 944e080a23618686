package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.review.ui.WordDiff.Kind;
import org.sourcework.review.ui.WordDiff.Part;

class WordDiffTest {

    @Test
    void words_kept_removed_and_added_are_told_apart() {
        var parts = WordDiff.between("The Soviets were friendly.", "The Soviets were still hostile.");

        assertThat(parts).containsExactly(new Part(Kind.SAME, "The Soviets were "),
                new Part(Kind.REMOVED, "friendly."), new Part(Kind.ADDED, "still hostile."));
    }

    @Test
    void the_same_text_is_one_unchanged_part_and_a_first_version_is_all_added() {
        assertThat(WordDiff.between("Same words here.", "Same words here."))
                .containsExactly(new Part(Kind.SAME, "Same words here."));
        assertThat(WordDiff.between("", "New text")).containsExactly(new Part(Kind.ADDED, "New text"));
    }

    @Test
    void line_breaks_and_spacing_stay_with_the_words() {
        var parts = WordDiff.between("Claim: yes\nEvidence: none", "Claim: no\nEvidence: none");

        assertThat(parts.stream().map(Part::text).reduce("", String::concat)).contains("Evidence: none");
        assertThat(parts).contains(new Part(Kind.REMOVED, "yes\n"), new Part(Kind.ADDED, "no\n"));
    }

    @Test
    void joining_the_kept_and_added_parts_gives_the_new_text() {
        var before = "Walmsley signed it because Bohlen was in Washington.";
        var after = "Walmsley, the senior officer, signed it because Ambassador Bohlen was away in Washington.";

        List<Part> parts = WordDiff.between(before, after);

        assertThat(parts.stream().filter(p -> p.kind() != Kind.REMOVED).map(Part::text).reduce("", String::concat))
                .isEqualTo(after);
        assertThat(parts.stream().filter(p -> p.kind() != Kind.ADDED).map(Part::text).reduce("", String::concat))
                .isEqualTo(before);
    }
}
