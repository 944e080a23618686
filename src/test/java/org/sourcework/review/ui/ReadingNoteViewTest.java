package org.sourcework.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.sourcework.responses.ReadingView;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.ReviewFixture;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** The by-student screen says which version of the text the student read. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class ReadingNoteViewTest extends SpringBrowserlessTest {

    @Autowired
    ReviewFixture fixture;

    @Autowired
    ResponseService responses;

    @Autowired
    RunAs runAs;

    private String note(String student) {
        navigate(
                "review/" + fixture.assignmentOf(student) + "/student/" + fixture.idOf(student),
                ReviewByStudentView.class);
        return find(Paragraph.class).withClassName("reading-note").single().getText();
    }

    @Test
    @WithUserDetails("hughes")
    void a_student_who_read_only_the_original_is_said_to_have_done_so() {
        assertThat(note("amira")).isEqualTo("Read the original text only.");
    }

    @Test
    @WithUserDetails("hughes")
    void a_student_who_chose_the_adapted_text_is_said_to_have_read_it_and_how_they_read_now() {
        var assignment = fixture.assignmentOf("ben");
        runAs.user("ben", () -> responses.chooseReadingView(assignment, ReadingView.ADAPTED));
        runAs.user("ben", () -> responses.chooseReadingView(assignment, ReadingView.BOTH));

        assertThat(note("ben"))
                .startsWith("Read the adapted text (first at ")
                .endsWith("reading it now as: Both side by side.");
    }
}
