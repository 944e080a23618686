package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.popover.Popover;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.lessons.ui.HeadnoteCard;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class ReaderPagesTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    private long assignment;

    @BeforeEach
    void findAssignment() {
        assignment = ReaderTestSupport.assignmentOf(runAs, roster, "amira");
    }

    private List<org.jsoup.nodes.Element> sectionLinks() {
        return Rendered.of(find(SectionList.class).single()).select("a.section-link");
    }

    private String text() {
        return Rendered.text(getCurrentView());
    }

    @Test
    @WithUserDetails("amira")
    void start_page_shows_the_headnote_the_central_question_and_the_sourcing_questions() {
        navigate("lesson/" + assignment, ReaderView.class);

        assertThat(find(HeadnoteCard.class).exists()).isTrue();
        assertThat(text())
                .contains(
                        "The central question",
                        "Is this telegram better evidence of what was driving Soviet leaders",
                        "About this source",
                        "Walmsley",
                        "Department of State, Washington",
                        "9 April 1956",
                        "Confidential",
                        "Foreign Relations of the United States, 1955–1957, Volume XXIV, Document 39",
                        "Who sent this telegram, and who was meant to read it first?",
                        "Sourcing",
                        "Before you read",
                        "Copies sent to",
                        "Timeline",
                        "14–25 February 1956");
        assertThat(find(QuestionCard.class).all()).hasSize(6);
    }

    @Test
    @WithUserDetails("amira")
    void section_page_shows_its_text_with_page_markers_in_the_margin() {
        navigate("lesson/" + assignment + "/II", ReaderView.class);

        var source = Rendered.of(find(SourceText.class).single());
        assertThat(source.text()).contains("Destruction of myth of Stalinist infallibility");
        assertThat(source.select(".page-marker"))
                .extracting(org.jsoup.nodes.Element::text)
                .containsExactly("p. 89");
        assertThat(source.select(".sentence")).hasSize(3);
    }

    @Test
    @WithUserDetails("amira")
    void footnote_reference_links_to_the_note_and_the_note_links_back() {
        navigate("lesson/" + assignment + "/opening", ReaderView.class);

        var source = Rendered.of(find(SourceText.class).single());
        var ref = source.select("a.footnote-ref").stream()
                .filter(link -> link.text().equals("2"))
                .toList();
        assertThat(ref).hasSize(1);
        assertThat(ref.getFirst().attr("href")).isEqualTo("#note-2");
        assertThat(ref.getFirst().id()).isEqualTo("note-ref-2");
        var note = source.getElementById("note-2");
        assertThat(note.text()).contains("Telegram 2316, infra.");
        assertThat(note.select("a.note-back").attr("href")).isEqualTo("#note-ref-2");
        // the document's title, with its own note, opens the first section
        assertThat(source.getElementById("note-1").text()).contains("Central Files, 761.00/4–956");
    }

    @Test
    @WithUserDetails("amira")
    void glossary_term_is_marked_and_explained_on_click_and_the_terms_of_a_page_are_one_tab_stop() {
        navigate("lesson/" + assignment + "/IV", ReaderView.class);

        var terms = Rendered.of(find(SourceText.class).single()).select(".glossary-term");
        assertThat(terms).hasSizeGreaterThan(1);
        assertThat(terms)
                .extracting(each -> each.attr("tabindex"))
                .containsOnlyOnce("0")
                .startsWith("0")
                .containsOnly("0", "-1");
        // the browser opens the n-th explanation from the n-th term (InlineRenderer.moveBetweenTerms)
        var presidium = terms.stream().map(each -> each.text()).toList().indexOf("Presidium");
        assertThat(presidium).isNotNegative();
        var popovers = find(Popover.class).withClassName("glossary-popover").all();
        assertThat(popovers).hasSameSizeAs(terms);
        var popover = popovers.get(presidium);

        assertThat(popover.isOpenOnClick()).isTrue();
        assertThat(popover.isOpenOnFocus()).isTrue();
        assertThat(Rendered.text(popover)).contains("The small group of top leaders");

        // with no ids in it, the same passage is the same markup for everyone, kept once on the server
        var first = find(SourceText.class).single().getElement().getChild(0).getProperty("innerHTML");
        navigate("lesson/" + assignment + "/IV", ReaderView.class);
        assertThat(find(SourceText.class).single().getElement().getChild(0).getProperty("innerHTML"))
                .isSameAs(first);
    }

    @Test
    @WithUserDetails("amira")
    void titles_the_editor_added_are_bracketed_and_marked_in_the_heading_and_the_section_list() {
        navigate("lesson/" + assignment + "/opening", ReaderView.class);

        assertThat(Rendered.of(find(SourceText.class).single())
                        .select("h2.section-heading")
                        .text())
                .startsWith("[Opening]")
                .contains("(title added by the editor)");
        assertThat(sectionLinks())
                .extracting(org.jsoup.nodes.Element::text)
                .anyMatch(label -> label.startsWith("[Opening]"))
                .anyMatch(label -> label.startsWith("[Summary]"))
                .noneMatch(label -> label.startsWith("Opening") || label.startsWith("Summary"));
    }

    @Test
    @WithUserDetails("amira")
    void section_list_names_nested_sections_and_the_url_names_the_section() {
        navigate("lesson/" + assignment + "/III.A.1", ReaderView.class);

        var links = sectionLinks();
        assertThat(links)
                .extracting(org.jsoup.nodes.Element::text)
                .anyMatch(label -> label.startsWith("III.A.1 [Internal compulsions]"));
        assertThat(links.stream()
                        .filter(link -> link.attr("href").endsWith("/III.B"))
                        .count())
                .isOne();
        var source = Rendered.of(find(SourceText.class).single());
        assertThat(source.select("h3.run-in-label").text()).isEqualTo("Internal compulsions.");
        assertThat(source.select(".sentence").getFirst().text())
                .as("the run-in label is not sentence 1")
                .startsWith("These would include");
    }

    @Test
    @WithUserDetails("elena")
    void student_of_another_class_cannot_open_the_lesson() {
        navigate("lesson/" + assignment, NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(text()).doesNotContain("Walmsley", "central question");
    }

    @Test
    @WithUserDetails("amira")
    void unknown_section_is_not_found() {
        navigate("lesson/" + assignment + "/VII", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("amira")
    void a_mistyped_lesson_address_is_not_found() {
        navigate("lesson/abc", NotFoundView.class);

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("feedback/99999999999999999999", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
