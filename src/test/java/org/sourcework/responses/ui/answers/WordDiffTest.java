package org.sourcework.responses.ui.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.responses.ui.answers.WordDiff.Kind;
import org.sourcework.responses.ui.answers.WordDiff.Run;

class WordDiffTest {

    private static List<Run> diff(String before, String after) {
        return WordDiff.diff(WordDiff.words(before), WordDiff.words(after));
    }

    @Test
    void unchanged_words_stay_and_changed_ones_are_removed_then_added() {
        assertThat(diff("the first short try", "the second and longer try"))
                .containsExactly(
                        new Run(Kind.SAME, List.of("the")),
                        new Run(Kind.REMOVED, List.of("first", "short")),
                        new Run(Kind.ADDED, List.of("second", "and", "longer")),
                        new Run(Kind.SAME, List.of("try")));
    }

    @Test
    void words_added_at_the_end_and_removed_at_the_start_are_found() {
        assertThat(diff("So the embassy thinks", "the embassy thinks it is a trick"))
                .containsExactly(
                        new Run(Kind.REMOVED, List.of("So")),
                        new Run(Kind.SAME, List.of("the", "embassy", "thinks")),
                        new Run(Kind.ADDED, List.of("it", "is", "a", "trick")));
    }

    @Test
    void whitespace_and_line_breaks_do_not_count_as_changes() {
        assertThat(WordDiff.changed(diff("one  two\nthree", " one two three "))).isFalse();
        assertThat(diff("", "")).isEmpty();
        assertThat(diff("", "new")).containsExactly(new Run(Kind.ADDED, List.of("new")));
    }

    @Test
    void a_very_long_answer_counts_as_replaced_rather_than_filling_memory() {
        var before = Collections.nCopies(3000, "a");
        var after = Collections.nCopies(3000, "b");

        assertThat(WordDiff.diff(before, after)).extracting(Run::kind).containsExactly(Kind.REMOVED, Kind.ADDED);
    }
}
