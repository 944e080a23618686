package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ui.AdaptedText;
import org.sourcework.lessons.ui.CompareWithPanel;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The reader's "Compare with" panel, the comparison box of a corroboration question, and the adapted text. */
@IntegrationTest
@Transactional
class CompareWithViewTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    private long assignment;

    @BeforeEach
    void findAssignment() {
        assignment = ReaderTestSupport.assignmentOf(runAs, roster, "amira");
    }

    @Test
    @WithUserDetails("amira")
    void the_start_page_lists_the_related_sources_with_their_sourcing_notes_and_links() {
        navigate("lesson/" + assignment, ReaderView.class);

        var panel = find(CompareWithPanel.class).single();
        assertThat(Rendered.text(panel))
                .contains(
                        "Compare with",
                        "Telegram 2316 from the Embassy in the Soviet Union",
                        "filed 1 April 1956",
                        "Circular telegram from the Department of State",
                        "it is their account, not the embassy's");
        var links = Rendered.of(panel).select("a.compare-link");
        assertThat(links)
                .extracting(link -> link.attr("href"))
                .contains(
                        "https://history.state.gov/historicaldocuments/frus1955-57v24/d40",
                        "https://history.state.gov/historicaldocuments/frus1955-57v24/d36",
                        "https://history.state.gov/historicaldocuments/frus1955-57v24/d50");
        assertThat(links).extracting(link -> link.attr("target")).containsOnly("_blank");
    }

    @Test
    @WithUserDetails("amira")
    void a_corroboration_question_says_what_to_open_what_to_read_and_which_sentences_to_compare() {
        navigate("lesson/" + assignment + "/opening", ReaderView.class);

        var box = find(ComparisonBox.class).single();
        assertThat(Rendered.text(box))
                .contains(
                        "Open: Telegram 2316 from the Embassy in the Soviet Union to the Department of State.",
                        "Read: its opening paragraph, where it refers back to telegram 2300.",
                        "Compare it with sentence 2 of this section.");
        assertThat(Rendered.of(find(SourceText.class).single()).select(".sentence"))
                .as("the sentences to compare are numbered")
                .isNotEmpty()
                .allSatisfy(sentence ->
                        assertThat(sentence.select(".sentence-number")).hasSize(1));
    }

    @Test
    @WithUserDetails("amira")
    void a_section_offers_the_adapted_text_labelled_as_such() {
        navigate("lesson/" + assignment + "/I", ReaderView.class);

        var adapted = find(AdaptedText.class).single();
        assertThat(Rendered.text(adapted)).startsWith("Adapted").contains("an attack on Stalinism, the way of ruling");
        assertThat(Rendered.of(find(ReadingChoice.class).single())
                        .select("vaadin-radio-button")
                        .eachAttr("label"))
                .containsExactly("Original", "Adapted", "Both side by side");
    }
}
