package org.sourcework.lessons.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.Inline;
import org.sourcework.lessons.PageMarker;
import org.sourcework.lessons.Paragraph;
import org.sourcework.lessons.Sentence;
import org.sourcework.lessons.internal.ParagraphParser.SourceLine;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream()
                .map(span -> text.substring(span.start(), span.end()).strip())
                .toList();
    }

    private static List<Sentence> paragraph(String... lines) {
        var sourceLines = new ArrayList<SourceLine>();
        for (int i = 0; i < lines.length; i++) {
            sourceLines.add(new SourceLine(i + 1, lines[i]));
        }
        var blocks = ParagraphParser.parse(sourceLines, 1, new ArrayList<>());
        return ((Paragraph) blocks.getFirst()).sentences();
    }

    @Test
    void a_full_stop_followed_by_a_capital_ends_a_sentence() {
        assertThat(sentences("It is done. We won! Did we? Yes."))
                .containsExactly("It is done.", "We won!", "Did we?", "Yes.");
    }

    @Test
    void i_e_followed_by_a_small_letter_does_not_end_a_sentence() {
        assertThat(sentences("STALIN’s “constructive” achievements, i.e. whenever he consulted leadership, are"
                        + " preserved. It is more plausible."))
                .hasSize(2)
                .first()
                .asString()
                .contains("i.e. whenever");
    }

    @Test
    void a_full_stop_followed_by_a_small_letter_does_not_end_a_sentence() {
        assertThat(sentences("Present moves are designed to. encourage initiative. Next one."))
                .containsExactly("Present moves are designed to. encourage initiative.", "Next one.");
    }

    @Test
    void a_number_before_a_full_stop_is_not_a_sentence_of_its_own() {
        assertThat(sentences("2300. This telegram is one. That is two."))
                .containsExactly("2300. This telegram is one.", "That is two.");
    }

    @Test
    void common_abbreviations_and_initials_do_not_end_a_sentence() {
        assertThat(sentences("The U.S. Embassy wrote. Mr. Bohlen was away. J. Doe signed."))
                .containsExactly("The U.S. Embassy wrote.", "Mr. Bohlen was away.", "J. Doe signed.");
    }

    @Test
    void a_closing_quotation_mark_or_bracket_stays_with_its_sentence() {
        assertThat(sentences("(These problems were manifest.) In sum, it moves. He said “rightness.” Then left."))
                .containsExactly(
                        "(These problems were manifest.)", "In sum, it moves.", "He said “rightness.”", "Then left.");
    }

    @Test
    void a_page_marker_inside_a_sentence_neither_splits_it_nor_counts_as_text() {
        var sentences = paragraph("They are able, where [Page 90] STALIN was not, to behave well. Next.");
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly("They are able, where STALIN was not, to behave well.", "Next.");
        assertThat(sentences.getFirst().parts())
                .containsExactly(
                        new Inline.Text("They are able, where "),
                        new PageMarker("90"),
                        new Inline.Text("STALIN was not, to behave well."));
    }

    @Test
    void a_page_marker_between_sentences_opens_the_next_one() {
        var sentences = paragraph("The first ends here. [Page 12] The second starts on the new page.");
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly("The first ends here.", "The second starts on the new page.");
        assertThat(sentences.get(1).parts().getFirst()).isEqualTo(new PageMarker("12"));
    }

    @Test
    void a_footnote_reference_after_a_full_stop_stays_with_the_sentence_it_annotates() {
        var sentences = paragraph("It was filed.[^1] Then it was sent.");
        assertThat(sentences.getFirst().parts())
                .containsExactly(new Inline.Text("It was filed."), new Inline.FootnoteRef("1"));
        assertThat(sentences.get(1).text()).isEqualTo("Then it was sent.");
    }

    @Test
    void lines_of_one_paragraph_join_with_one_space() {
        assertThat(paragraph("A sentence broken", "  over two lines."))
                .extracting(Sentence::text)
                .containsExactly("A sentence broken over two lines.");
    }

    @Test
    void a_paragraph_of_only_a_page_marker_is_a_page_marker_block() {
        var blocks = ParagraphParser.parse(List.of(new SourceLine(1, "[Page 89]")), 1, new ArrayList<>());
        assertThat(blocks).containsExactly(new PageMarker("89"));
    }
}
