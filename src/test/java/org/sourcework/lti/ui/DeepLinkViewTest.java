package org.sourcework.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.lti.DeepLinkFixtures;
import org.sourcework.lti.DeepLinkPicker;
import org.sourcework.lti.DeepLinkingService;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.PlatformDetails;
import org.sourcework.roster.LessonPath;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class DeepLinkViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunAs runAs;

    @Autowired
    LtiPlatformService platforms;

    @Autowired
    DeepLinkingService deepLinking;

    @Autowired
    EntityManager entities;

    long platformId;

    @BeforeEach
    void aPlatformIsRegistered() {
        platformId = runAs.user(
                        "admin",
                        () -> platforms.register(
                                null,
                                new PlatformDetails(
                                        "View Test LMS",
                                        "https://lms-view-test.example",
                                        "tool",
                                        List.of("deployment-1"),
                                        "https://lms-view-test.example/jwks",
                                        "https://lms-view-test.example/auth",
                                        "https://lms-view-test.example/token")))
                .id();
    }

    private String requestFor(String username, String className) {
        // the platform registered through JPA in this test's transaction, before the row that refers to it
        entities.flush();
        return DeepLinkFixtures.openRequest(
                jdbc, platformId, DeepLinkFixtures.userId(jdbc, username), DeepLinkFixtures.classId(jdbc, className));
    }

    private String pathOfTheTelegramIn(String className) {
        return jdbc.sql("select a.path from assignment a join school_class c on c.id = a.class_id "
                        + "join lesson l on l.id = a.lesson_id where c.name = ? and l.slug = 'moscow-1956'")
                .param(className)
                .query(String.class)
                .single();
    }

    @Test
    @WithUserDetails("hughes")
    @SuppressWarnings("unchecked")
    void an_instructor_picks_a_lesson_and_its_path_and_the_answer_is_signed_for_the_platform() {
        var requestId = requestFor("hughes", "History 11A");
        navigate("deep-link/" + requestId, DeepLinkView.class);
        var lesson = (ComboBox<DeepLinkPicker.Lesson>) find(ComboBox.class).single();
        var telegram = lesson.getListDataView()
                .getItems()
                .filter(choice -> choice.title().startsWith("Moscow, April 1956"))
                .findFirst()
                .orElseThrow();
        assertThat(lesson.getItemLabelGenerator().apply(telegram)).contains("already given to this class");
        lesson.setValue(telegram);

        ((RadioButtonGroup<LessonPath>) find(RadioButtonGroup.class).single()).setValue(LessonPath.CORE);
        test(find(Button.class).withText("Add to course").single()).click();

        assertThat(pathOfTheTelegramIn("History 11A")).isEqualTo("CORE");
        assertThat(deepLinking.answer(requestId))
                .hasValueSatisfying(
                        answer -> assertThat(answer.returnUrl()).isEqualTo("https://lms.example/deep-link-return"));
    }

    @Test
    @WithUserDetails("hughes")
    void cancelling_signs_an_answer_and_changes_no_lesson() {
        var requestId = requestFor("hughes", "History 11A");
        var before = pathOfTheTelegramIn("History 11A");
        navigate("deep-link/" + requestId, DeepLinkView.class);

        test(find(Button.class).withText("Cancel").single()).click();

        assertThat(deepLinking.answer(requestId)).isPresent();
        assertThat(pathOfTheTelegramIn("History 11A")).isEqualTo(before);
    }

    @Test
    @WithUserDetails("hughes")
    void another_instructors_request_says_it_cannot_go_on_and_offers_no_lessons() {
        var requestId = requestFor("okafor", "History 11B");

        navigate("deep-link/" + requestId, DeepLinkView.class);

        assertThat(find(ComboBox.class).all()).isEmpty();
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anySatisfy(text -> assertThat(text).contains("not yours"));
    }

    @Test
    @WithUserDetails("amira")
    void a_student_cannot_open_the_lesson_picker() {
        var requestId = requestFor("hughes", "History 11A");

        UI.getCurrent().navigate("deep-link/" + requestId);

        assertThat(getCurrentView()).isNotInstanceOf(DeepLinkView.class);
    }
}
