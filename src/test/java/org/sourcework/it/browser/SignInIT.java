package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Each role signs in with the demo data and lands on its own home view. */
class SignInIT extends BrowserTestBase {

    @Test
    void student_signs_in_and_sees_the_lesson_assigned_to_their_class() {
        signInAs(DemoHome.STUDENT);

        assertThat(cardTexts())
                .singleElement()
                .asString()
                .contains("Moscow, April 1956")
                .contains("Class: History 11A");
    }

    @Test
    void instructor_signs_in_and_sees_their_classes_with_their_students() {
        signInAs(DemoHome.INSTRUCTOR);

        // the app is shared by every browser test of this run, and the import journey may add students
        // to History 11A, so the count is at least its four demo students; 12C is the sample class
        assertThat(cardTexts())
                .hasSize(2)
                .anySatisfy(
                        card -> assertThat(card).contains("History 11A").containsPattern("\\b([4-9]|\\d{2,}) students"))
                .anySatisfy(card -> assertThat(card).contains("History 12C", "12 students"));
    }

    @Test
    void administrator_signs_in_and_sees_the_counts_of_the_demo_school() {
        signInAs(DemoHome.ADMIN);

        var stats = page.driver().findElements(By.cssSelector(".stat")).stream()
                .map(WebElement::getText)
                .map(text -> text.replace('\n', ' '))
                .toList();
        // at least the 23 demo accounts (11 plus the sample class's 12): other browser tests may import more
        assertThat(stats)
                .contains("3 Active classes")
                .anySatisfy(stat -> assertThat(stat).matches("(2[3-9]|[3-9]\\d|\\d{3,}) Accounts"))
                .anySatisfy(stat -> assertThat(stat).matches("[1-9]\\d* Lessons"));
    }

    @Test
    void wrong_password_shows_an_error_and_stays_on_the_sign_in_page() {
        page.signIn("amira", "not-the-password");

        assertThat(page.path()).isEqualTo("/login");
        assertThat(page.query()).isEqualTo("error");
        assertThat(LoginForm.errorTitle(page)).isEqualTo("Incorrect username or password");
    }

    private void signInAs(DemoHome home) {
        page.signIn(home.username, PASSWORD);
        page.awaitHeading(home.heading);
        assertThat(page.path()).isEqualTo(home.path);
    }

    private List<String> cardTexts() {
        return page.driver().findElements(By.cssSelector("main .card")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
