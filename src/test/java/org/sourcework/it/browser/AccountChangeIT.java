package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.ClassRole;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.roster.StudentAssignment;
import org.sourcework.security.AppRole;
import org.sourcework.support.RunAs;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An administrator changes an account while its owner has Sourcework open in a browser: the open
 * page gets no further with the old rights and lands on the sign-in page, which says why. The
 * accounts are this test's own, in History 11A, so the demo accounts other tests use stay as they are.
 */
class AccountChangeIT extends BrowserTestBase {

    private static final String QUESTION = "i-had-it-been-able";

    @Autowired
    RunAs runAs;

    @Autowired
    UserService users;

    @Autowired
    UserAdminService admin;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassRosterService classRoster;

    @Autowired
    ResponseService responses;

    @Test
    void a_student_disabled_with_the_lesson_open_is_signed_out_at_the_next_save_and_told_why() {
        var student = account("nell.parker", "Nell Parker", AppRole.STUDENT, ClassRole.STUDENT);
        var reader = new LessonReader(page);
        page.signIn("nell.parker", PASSWORD);
        reader.open(historyElevenA().assignmentId(), "I");
        reader.type(QUESTION, 0, "Saved while the account was still enabled.");
        reader.awaitSaved(QUESTION);

        runAs.user("admin", () -> admin.setEnabled(student, false));
        reader.type(QUESTION, 0, " Typed after it was disabled.");

        var notice = page.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-system-error[data-cause]")));
        assertThat(notice.getText()).startsWith("An administrator disabled your account, so you were signed out.");
        notice.click();
        awaitSignInPage();
        page.waitForVaadin();
        assertThat(LoginForm.errorTitle(page)).isEqualTo("Your account has been disabled");
        assertThat(storedAnswer("nell.parker")).isEqualTo(new TextAnswer("Saved while the account was still enabled."));
    }

    @Test
    void an_instructor_demoted_to_student_with_the_review_open_can_no_longer_export_or_open_review_screens() {
        var instructor = account("owen.price", "Owen Price", AppRole.INSTRUCTOR, ClassRole.INSTRUCTOR);
        var assignment = historyElevenA().assignmentId();
        page.signIn("owen.price", PASSWORD);
        page.open("review/" + assignment + "/analytics");
        var export = page.waitFor()
                .until(driver -> driver.findElement(By.id("export-csv")))
                .getDomAttribute("href");
        assertThat(fetch(export)).as("the export before the change").contains("Amira Haddad");

        runAs.user("admin", () -> {
            var account = admin.get(instructor);
            return admin.update(instructor, account.version(), account.displayName(), account.email(), AppRole.STUDENT);
        });

        assertThat(fetch(export)).as("the export after the change").doesNotContain("Amira Haddad");
        // a plain click: the page does not become idle again once its session has ended
        page.script(
                "arguments[0].click()",
                page.driver().findElement(By.cssSelector("a.review-nav-link[href$='/student']")));
        var notice = page.waitFor()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".v-system-error[data-cause]")));
        assertThat(notice.getText()).startsWith("An administrator changed your account, so you were signed out.");
        notice.click();
        awaitSignInPage();
        page.waitForVaadin();
        assertThat(LoginForm.errorTitle(page)).isEqualTo("Please sign in again");

        // signing in again starts from the new role's home page, not from the review screen left behind
        page.signIn("owen.price", PASSWORD);
        page.awaitHeading("My lessons");
        assertThat(page.path()).isEqualTo("/my-lessons");
        page.open("review/" + assignment);
        page.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Page not found"));
    }

    private void awaitSignInPage() {
        page.waitFor()
                .withMessage(() -> "the sign-in page, but the browser shows " + page.path())
                .until(driver -> page.path().equals("/login"));
    }

    /** A fresh account with the demo password, in History 11A with {@code classRole}; returns its id. */
    private long account(String username, String displayName, AppRole role, ClassRole classRole) {
        var classId = historyElevenA().classId();
        return runAs.user("admin", () -> {
            var id = users.create(
                            new NewUser(username, displayName, username + "@school.example", role, PASSWORD, false))
                    .id();
            if (classRole == ClassRole.STUDENT) {
                classRoster.enrolStudent(classId, username);
            } else {
                classRoster.addInstructor(classId, username);
            }
            return id;
        });
    }

    private StudentAssignment historyElevenA() {
        return runAs.user("amira", () -> roster.myAssignments().getFirst());
    }

    private AnswerValue storedAnswer(String username) {
        return runAs.user(username, () -> responses.open(historyElevenA().assignmentId()))
                .answers()
                .get(QUESTION)
                .value();
    }

    /** Downloads {@code href} from the open page with its cookies, as the export link does; returns the body. */
    private String fetch(String href) {
        return (String) ((JavascriptExecutor) page.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, e => done('ERROR ' + e));
                """, href);
    }
}
