package org.sourcework.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.sourcework.base.ui.NotFoundView;
import org.sourcework.security.ui.LoginView;
import org.sourcework.support.IntegrationTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class HomeViewsTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("amira")
    void student_lands_on_the_lessons_assigned_to_her_class() {
        navigate("", StudentHomeView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("My lessons");
        assertThat(find(H2.class).all())
                .extracting(H2::getText)
                .containsExactly(
                        "Moscow, April 1956: An American Embassy Reads the Soviet Line after the 20th Congress");
    }

    @Test
    @WithUserDetails("hughes")
    void instructor_lands_on_the_classes_she_teaches_with_enrolment_counts() {
        navigate("", InstructorHomeView.class);

        assertThat(find(H2.class).all()).extracting(H2::getText).containsExactly("History 11A");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("4 students", "1 lesson assigned");
    }

    @Test
    @WithUserDetails("admin")
    void administrator_lands_on_counts_of_users_classes_and_lessons() {
        navigate("", AdminHomeView.class);

        assertThat(find(Span.class).withClassName("stat-value").all())
                .extracting(Span::getText)
                .containsExactly("11", "2", "1");
    }

    @Test
    @WithUserDetails("amira")
    void student_who_opens_the_administrators_overview_is_turned_away() {
        UI.getCurrent().navigate("admin");

        assertThat(getCurrentView()).isNotInstanceOf(AdminHomeView.class).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitor_is_sent_to_sign_in() {
        navigate("my-lessons", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
