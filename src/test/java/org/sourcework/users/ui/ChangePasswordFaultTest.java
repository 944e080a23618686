package org.sourcework.users.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.base.Message;
import org.sourcework.security.AppRole;
import org.sourcework.security.CurrentUser;
import org.sourcework.security.SignedInUser;
import org.sourcework.users.UserRejectedException;
import org.sourcework.users.UserService;
import org.springframework.transaction.CannotCreateTransactionException;

/** What the change-password form says when the change fails; the service is a stand-in here. */
@ViewPackages(classes = ChangePasswordView.class)
class ChangePasswordFaultTest extends BrowserlessTest {

    private final UserService users = mock(UserService.class);
    private List<PasswordField> fields;

    @BeforeEach
    void openTheFormAsAStudentWithATemporaryPassword() {
        var currentUser = mock(CurrentUser.class);
        when(currentUser.get())
                .thenReturn(Optional.of(
                        new SignedInUser(7, "newstudent", "New Student", AppRole.STUDENT, true, true, "{noop}x")));
        UI.getCurrent().add(new ChangePasswordView(users, currentUser));
        fields = find(PasswordField.class).all();
        test(fields.get(0)).setValue("temporary passphrase 9");
        test(fields.get(1)).setValue("a sentence of my own");
        test(fields.get(2)).setValue("a sentence of my own");
    }

    @Test
    void when_no_database_connection_is_free_the_person_is_told_the_server_is_busy_not_that_the_password_is_wrong() {
        doThrow(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
                .when(users)
                .changeOwnPassword(anyString(), anyString());

        test(find(Button.class).withText("Change password").single()).click();

        assertThat(test(find(Notification.class).single()).getText())
                .isEqualTo("The server is busy, so your password has not been changed yet. "
                        + "Wait a moment and press Change password again.");
        assertThat(fields).noneMatch(PasswordField::isInvalid);
    }

    @Test
    void a_wrong_current_password_is_shown_beside_the_current_password() {
        doThrow(new UserRejectedException(UserService.CURRENT_PASSWORD, Message.of("user.rejected.current-password")))
                .when(users)
                .changeOwnPassword(anyString(), anyString());

        test(find(Button.class).withText("Change password").single()).click();

        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(fields.get(0).getErrorMessage()).isEqualTo("Your current password is not correct.");
        assertThat(fields.get(1).isInvalid()).isFalse();
    }
}
