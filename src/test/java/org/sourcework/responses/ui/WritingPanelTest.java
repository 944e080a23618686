package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The final task gets a writing area of its own under the text, not a corner of the side panel. */
@IntegrationTest
// opening a lesson starts the student's work; rolled back so the demo students stay untouched
@Transactional
@WithUserDetails("ben")
class WritingPanelTest extends SpringBrowserlessTest {

    @Autowired
    RunAs runAs;

    @Autowired
    RosterQueries roster;

    @Test
    void extended_text_is_written_under_the_text_and_the_other_questions_stay_beside_it() {
        navigate("lesson/" + ReaderTestSupport.assignmentOf(runAs, roster, "ben") + "/summary", ReaderView.class);

        var page = find(SectionPage.class).single();
        var writing = find(WritingPanel.class).single();
        assertThat(page.hasClassName("with-writing")).isTrue();
        assertThat(find(QuestionCard.class, writing).all())
                .extracting(card -> card.getId().orElseThrow())
                .containsExactly("question-sum-final-task");
        assertThat(find(QuestionCard.class, find(QuestionPanel.class).single()).all())
                .hasSize(2);
        var area = find(TextArea.class, writing).single();
        assertThat(area.getMinRows()).as("about 12rem, growing with the answer").isEqualTo(8);
    }

    @Test
    void a_section_without_extended_writing_keeps_all_its_questions_beside_the_text() {
        navigate("lesson/" + ReaderTestSupport.assignmentOf(runAs, roster, "ben") + "/I", ReaderView.class);

        assertThat(find(WritingPanel.class).exists()).isFalse();
        assertThat(find(SectionPage.class).single().hasClassName("with-writing"))
                .isFalse();
    }
}
