package org.sourcework.responses.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.sourcework.home.ui.StudentHomeView;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.Rendered;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
// rolled back after each test, so the demo students stay untouched for the other tests
@Transactional
class StudentHomeCardsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("amira")
    void student_home_shows_the_telegram_card_with_class_due_date_progress_and_start() {
        navigate(StudentHomeView.class);

        assertThat(find(H2.class).single().getText())
                .isEqualTo("Moscow, April 1956: An American Embassy Reads the Soviet Line after the 20th Congress");
        var text = getCurrentView().getElement().getTextRecursively();
        assertThat(text)
                .contains("Class: History 11A", "Not started", "0 of 44 questions answered")
                .containsPattern(
                        "Due (\\w{3} \\d{1,2}, \\d{4}, \\d{1,2}:\\d{2}.?[AP]M|\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2})");
        var bar = find(ProgressBar.class).single();
        assertThat(bar.getValue()).isZero();
        assertThat(bar.getElement().getAttribute("aria-label")).isEqualTo("0 of 44 questions answered");
        assertThat(find(Button.class).withText("Start").exists()).isTrue();
    }

    @Test
    @WithUserDetails("amira")
    void start_opens_the_reader_where_the_student_left_off() {
        navigate(StudentHomeView.class);

        test(find(Button.class).withText("Start").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ReaderView.class);
        assertThat(Rendered.text(find(ReaderHeader.class).single())).contains("0 of 44 questions answered");
    }
}
