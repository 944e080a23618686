package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverTester;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.lessons.ui.HeadnoteCard;
import org.sourcework.lessons.ui.SourceText;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
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

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
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

        var source = find(SourceText.class).single();
        assertThat(source.getElement().getTextRecursively()).contains("Destruction of myth of Stalinist infallibility");
        assertThat(find(Span.class).withClassName("page-marker").all())
                .extracting(Span::getText)
                .containsExactly("p. 89");
        assertThat(find(Span.class).withClassName("sentence").all()).hasSize(3);
    }

    @Test
    @WithUserDetails("amira")
    void footnote_reference_links_to_the_note_and_the_note_links_back() {
        navigate("lesson/" + assignment + "/opening", ReaderView.class);

        var ref = find(Anchor.class).withClassName("footnote-ref").withText("2").single();
        assertThat(ref.getHref()).isEqualTo("#note-2");
        assertThat(ref.getId()).contains("note-ref-2");
        var note = find(ListItem.class).id("note-2");
        assertThat(note.getElement().getTextRecursively()).contains("Telegram 2316, infra.");
        assertThat(find(Anchor.class, note).withClassName("note-back").single().getHref())
                .isEqualTo("#note-ref-2");
        // the document's title, with its own note, opens the first section
        assertThat(find(ListItem.class).id("note-1").getElement().getTextRecursively())
                .contains("Central Files, 761.00/4–956");
    }

    @Test
    @WithUserDetails("amira")
    void glossary_term_is_marked_and_explained_on_click_and_the_terms_of_a_page_are_one_tab_stop() {
        navigate("lesson/" + assignment + "/IV", ReaderView.class);

        var term = find(Span.class)
                .withClassName("glossary-term")
                .withText("Presidium")
                .single();
        var terms = find(Span.class).withClassName("glossary-term").all();
        assertThat(terms).hasSizeGreaterThan(1);
        assertThat(terms)
                .extracting(each -> each.getElement().getAttribute("tabindex"))
                .containsOnlyOnce("0")
                .startsWith("0")
                .containsOnly("0", "-1");
        var popover = PopoverTester.forTarget(term);
        popover.clickTarget();

        assertThat(popover.isOpen()).isTrue();
        assertThat(find(Popover.class)
                        .withCondition(p -> p.getTarget() == term)
                        .single()
                        .getElement()
                        .getTextRecursively())
                .contains("The small group of top leaders");
    }

    @Test
    @WithUserDetails("amira")
    void titles_the_editor_added_are_bracketed_and_marked_in_the_heading_and_the_section_list() {
        navigate("lesson/" + assignment + "/opening", ReaderView.class);

        assertThat(find(H2.class)
                        .withClassName("section-heading")
                        .single()
                        .getElement()
                        .getTextRecursively())
                .startsWith("[Opening]")
                .contains("(title added by the editor)");
        assertThat(find(RouterLink.class).withClassName("section-link").all())
                .extracting(link -> link.getElement().getTextRecursively())
                .anyMatch(label -> label.startsWith("[Opening]"))
                .anyMatch(label -> label.startsWith("[Summary]"))
                .noneMatch(label -> label.startsWith("Opening") || label.startsWith("Summary"));
    }

    @Test
    @WithUserDetails("amira")
    void section_list_names_nested_sections_and_the_url_names_the_section() {
        navigate("lesson/" + assignment + "/III.A.1", ReaderView.class);

        var links = find(RouterLink.class).withClassName("section-link").all();
        assertThat(links)
                .extracting(link -> link.getElement().getTextRecursively())
                .anyMatch(label -> label.startsWith("III.A.1 [Internal compulsions]"));
        assertThat(links.stream()
                        .filter(link -> link.getHref().endsWith("/III.B"))
                        .count())
                .isOne();
        assertThat(find(H3.class).withClassName("run-in-label").single().getText())
                .isEqualTo("Internal compulsions.");
        assertThat(find(Span.class)
                        .withClassName("sentence")
                        .all()
                        .getFirst()
                        .getElement()
                        .getTextRecursively())
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
