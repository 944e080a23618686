package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.sourcework.users.SignInForm.PASSWORD;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.WebApplicationContext;

/** When the database fails during sign-in, the page says the server has a problem, not the password. */
@SignInTest
@ExtendWith(OutputCaptureExtension.class)
class SignInServerFaultTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    @Test
    void a_sign_in_that_fails_because_the_database_is_down_says_so_and_logs_one_clear_error(CapturedOutput output)
            throws Exception {
        doThrow(new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new SQLException("The database has been closed [90098-240]")))
                .when(accounts)
                .loadUserByUsername(anyString());

        var landing = new SignInForm(context).attempt("hannah", PASSWORD, "10.7.0.1");

        assertThat(landing).isEqualTo("/login?unavailable");
        assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")))
                .singleElement()
                .asString()
                .contains("Sign-in failed because of a server fault", "The database has been closed");
        assertThat(output.getAll()).doesNotContain("\tat ");
    }
}
