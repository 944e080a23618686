package org.sourcework.users.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcework.support.IntegrationTest;
import org.sourcework.users.ManagedUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class UsersViewTest extends SpringBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<ManagedUser> grid() {
        return find(Grid.class).single();
    }

    private java.util.List<String> usernames() {
        var grid = test(grid());
        return IntStream.range(0, grid.size())
                .mapToObj(i -> grid.getRow(i).username())
                .toList();
    }

    @Test
    @WithUserDetails("admin")
    void search_filters_the_grid_by_name_username_or_email() {
        navigate(UsersView.class);
        assertThat(usernames()).hasSize(11).contains("admin", "amira", "hughes");

        test(find(TextField.class).withLabel("Search").single()).setValue("petrova");

        assertThat(usernames()).containsExactly("elena");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void role_filter_shows_only_instructors() {
        navigate(UsersView.class);

        test((Select<Object>) find(Select.class).withLabel("Role").single()).selectItem("Instructor");

        assertThat(usernames()).containsExactly("hughes", "okafor");
    }

    @Test
    @WithUserDetails("admin")
    void new_user_dialog_creates_the_account_and_shows_its_temporary_password_once() {
        navigate(UsersView.class);
        test(find(Button.class).withText("New user").single()).click();

        test(find(TextField.class).withLabel("Username").single()).setValue("zoe");
        test(find(TextField.class).withLabel("Name").single()).setValue("Zoë Adams");
        test(find(EmailField.class).withLabel("Email").single()).setValue("zoe@example.org");
        test(find(Button.class).withText("Save").single()).click();

        assertThat(usernames()).contains("zoe");
        var shown = find(TextField.class).withLabel("Temporary password").single();
        assertThat(shown.getValue()).hasSizeGreaterThanOrEqualTo(12);
        assertThat(shown.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void a_duplicate_username_is_shown_on_the_username_field() {
        navigate(UsersView.class);
        test(find(Button.class).withText("New user").single()).click();

        test(find(TextField.class).withLabel("Username").single()).setValue("amira");
        test(find(TextField.class).withLabel("Name").single()).setValue("Another Amira");
        test(find(EmailField.class).withLabel("Email").single()).setValue("other@example.org");
        test(find(Button.class).withText("Save").single()).click();

        var username = find(TextField.class).withLabel("Username").single();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("The username 'amira' is already taken.");
    }

    @Test
    @WithUserDetails("admin")
    void reset_password_from_the_user_dialog_shows_the_temporary_password_once() {
        navigate(UsersView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue("amira");
        test(grid()).clickRow(0);

        test(find(Button.class).withText("Reset password").single()).click();

        assertThat(find(TextField.class)
                        .withLabel("Temporary password")
                        .single()
                        .getValue())
                .hasSizeGreaterThanOrEqualTo(12);
        assertThat(test(grid()).getRow(0).mustChangePassword()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    void administrator_who_tries_to_disable_themselves_is_told_why_not() {
        navigate(UsersView.class);
        test(find(TextField.class).withLabel("Search").single()).setValue("morgan");
        test(grid()).clickRow(0);

        test(find(Button.class).withText("Disable").single()).click();

        assertThat(find(Paragraph.class)
                        .withText("You cannot disable your own account. Ask another administrator.")
                        .exists())
                .isTrue();
    }

    @Test
    @WithUserDetails("hughes")
    void instructor_cannot_open_the_users_page() {
        UI.getCurrent().navigate("admin/users");

        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
    }
}
