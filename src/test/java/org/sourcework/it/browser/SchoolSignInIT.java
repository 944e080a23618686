package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.support.TestSchoolProvider;
import org.sourcework.support.TestSchoolProvider.Person;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * School sign-in in a real browser: the button on the sign-in page, the test provider's redirects and the
 * student's home. Its own server (the other browser tests share one without a provider), with passwords
 * turned off for students as a school that uses its own sign-in would have it.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"sourcework.demo.sample-work=false", "sourcework.sign-in.passwords.disabled-for=STUDENT"})
class SchoolSignInIT extends BrowserBase {

    static final TestSchoolProvider PROVIDER = new TestSchoolProvider();

    @DynamicPropertySource
    static void theSchoolsProvider(DynamicPropertyRegistry registry) {
        registry.add("sourcework.data-dir", () -> freshDataDir("school-").toString());
        var registration = "spring.security.oauth2.client.registration.school.";
        registry.add(registration + "client-id", () -> TestSchoolProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> TestSchoolProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "Test School");
        registry.add(registration + "scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.school.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    void stopTheProvider() {
        PROVIDER.close();
    }

    private void pressSignInWithTheSchool() {
        page.open("login");
        page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in with Test School")))
                .click();
    }

    @Test
    void a_student_presses_sign_in_with_the_school_and_lands_on_their_lessons() {
        PROVIDER.signsIn(Person.withEmail("sub-amira", "amira@demo.sourcework.org"));

        pressSignInWithTheSchool();

        page.awaitHeading("My lessons");
        assertThat(page.path()).isEqualTo("/my-lessons");
    }

    @Test
    void a_person_without_an_account_is_told_who_can_add_them() {
        PROVIDER.signsIn(Person.withEmail("sub-stranger", "stranger@school.example"));

        pressSignInWithTheSchool();

        page.waitFor().until(ExpectedConditions.urlContains("/login?school"));
        page.heading();
        assertThat(LoginForm.errorTitle(page)).isEqualTo("No Sourcework account for you yet");
    }

    @Test
    void the_sign_in_page_with_the_school_button_has_no_serious_accessibility_violations() {
        page.open("login");
        page.heading();

        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations:%n%s", findings.describe())
                .isTrue();
    }
}
