package org.sourcework.lti.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sourcework.lti.PlatformRow;
import org.sourcework.support.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class LtiPlatformsViewTest extends SpringBrowserlessTest {

    private TextField field(String label) {
        return find(TextField.class).withLabel(label).single();
    }

    @Test
    @WithUserDetails("admin")
    void the_tools_own_values_are_shown_to_paste_into_the_platform() {
        navigate(LtiPlatformsView.class);

        assertThat(field("Login initiation URL (OpenID Connect login)").getValue())
                .endsWith("/lti/login");
        assertThat(field("Launch URL (redirect URI, target link URI)").getValue())
                .endsWith("/lti/launch");
        assertThat(field("Deep linking URL (content selection)").getValue()).endsWith("/lti/launch");
        assertThat(field("Public key set URL (JWKS)").getValue()).endsWith("/lti/jwks");
        assertThat(field("Public key set URL (JWKS)").isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void an_administrator_adds_a_platform_and_sees_it_in_the_list() {
        navigate(LtiPlatformsView.class);
        test(find(Button.class).withText("Add platform").single()).click();

        field("Name").setValue("School Moodle");
        field("Issuer").setValue("https://moodle.school.example");
        field("Client id").setValue("abc123");
        find(TextArea.class).withLabel("Deployment ids").single().setValue("1\n2");
        field("Key set URL").setValue("https://moodle.school.example/mod/lti/certs.php");
        field("Authentication URL").setValue("https://moodle.school.example/mod/lti/auth.php");
        field("Access token URL").setValue("https://moodle.school.example/mod/lti/token.php");
        test(find(Button.class).withText("Save").single()).click();

        var grid = test((Grid<PlatformRow>) find(Grid.class).atIndex(1));
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).details().deploymentIds()).containsExactly("1", "2");
    }

    @Test
    @WithUserDetails("admin")
    void each_wrong_field_shows_its_own_message_and_nothing_is_saved() {
        navigate(LtiPlatformsView.class);
        test(find(Button.class).withText("Add platform").single()).click();

        field("Name").setValue("Canvas");
        field("Issuer").setValue("canvas.instructure.com");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(field("Issuer").isInvalid()).isTrue();
        assertThat(field("Issuer").getErrorMessage())
                .isEqualTo(
                        "Issuer 'canvas.instructure.com' is not an https address, for example https://school.example/...");
        assertThat(field("Client id").isInvalid()).isTrue();
        assertThat(find(TextArea.class).withLabel("Deployment ids").single().getErrorMessage())
                .isEqualTo("Give at least one deployment id, one a line.");
        assertThat(field("Name").isInvalid()).isFalse();
    }

    @Test
    @WithUserDetails("hughes")
    void an_instructor_cannot_open_the_platforms_screen() {
        UI.getCurrent().navigate("admin/lti");

        assertThat(getCurrentView()).isNotInstanceOf(LtiPlatformsView.class);
    }
}
