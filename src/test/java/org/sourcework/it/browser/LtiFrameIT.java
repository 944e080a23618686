package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.lti.PlatformDetails;
import org.sourcework.lti.internal.LaunchLinks;
import org.sourcework.lti.platform.CoursePage;
import org.sourcework.lti.platform.Launch;
import org.sourcework.lti.platform.TestPlatform;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.LessonPath;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sourcework inside a learning platform's iframe, in Chromium: the platform's course page is served from
 * another site (127.0.0.1) than Sourcework (localhost), and its launch form posts into the iframe. The
 * student lands in the lesson inside the frame and her answer is saved; the instructor lands on the
 * review overview. With the ordinary Lax session cookie the browser would drop the session that the
 * launch made, and the frame would end on the sign-in page, which no other site may frame. A browser set
 * to keep no cookies in the frame is offered a new window instead, where the launch works.
 */
class LtiFrameIT extends BrowserTestBase {

    private static final String CONTEXT = "course-in-a-frame";
    private static final String RESOURCE_LINK = "link-in-a-frame";

    @Autowired
    RunAs runAs;

    @Autowired
    LtiPlatformService platforms;

    @Autowired
    LaunchLinks links;

    @Autowired
    ClassAdminService classes;

    @Autowired
    ClassRosterService rosters;

    @Autowired
    JdbcClient jdbc;

    private TestPlatform platform;
    private CoursePage course;
    private long platformId;
    private long classId;
    private long assignmentId;

    @BeforeAll
    void aCourseThatShowsSourceworkInAFrame() throws Exception {
        platform = new TestPlatform();
        course = new CoursePage("http://localhost:" + port());
        platformId = runAs.user(
                        "admin",
                        () -> platforms.register(
                                null,
                                new PlatformDetails(
                                        "Course page LMS",
                                        course.origin(),
                                        TestPlatform.CLIENT_ID,
                                        List.of(TestPlatform.DEPLOYMENT_ID),
                                        platform.jwksUrl(),
                                        platform.authUrl(),
                                        platform.tokenUrl())))
                .id();
        long lessonId = jdbc.sql("select min(a.lesson_id) from assignment a join school_class c on c.id = a.class_id"
                        + " where c.name = 'History 11A'")
                .query(Long.class)
                .single();
        // the demo school's term, so the roster import's default term stays the demo school's
        classId = runAs.user("admin", () -> classes.create("History in a frame", "Spring 2027"))
                .id();
        assignmentId = runAs.user("admin", () -> rosters.assignLesson(classId, lessonId, null, LessonPath.FULL));
        links.linkClass(platformId, CONTEXT, classId);
        links.linkAssignment(platformId, RESOURCE_LINK, assignmentId);
    }

    @AfterEach
    void backToTheTopPage() {
        page.driver().switchTo().defaultContent();
    }

    @AfterAll
    void closeTheCourse() {
        runAs.user("admin", () -> classes.archive(classId));
        course.close();
        platform.close();
    }

    @Test
    void a_student_launched_inside_the_platforms_frame_answers_in_the_lesson_and_the_answer_is_saved() {
        var answer = "A telegram written for the State Department, so it shows how American diplomats saw Moscow.";
        launchInTheFrame("frame-student", Launch.LEARNER, "frame-learner", "Fay Frame");

        awaitPathInFrame("/lesson/" + assignmentId);
        var reader = new LessonReader(page);
        reader.awaitPage();
        reader.type("hn-predict", 0, answer);
        reader.awaitSaved("hn-predict");

        assertThat(savedAnswer("frame-learner")).isEqualTo(answer);
    }

    @Test
    void an_instructor_launched_inside_the_platforms_frame_lands_on_the_review_overview() {
        launchInTheFrame("frame-teacher", Launch.INSTRUCTOR, "frame-instructor", "Dr Frame");

        awaitPathInFrame("/review/" + assignmentId);
        page.waitFor()
                .until(driver -> !driver.findElements(By.cssSelector(".class-overview h1"))
                        .isEmpty());
        page.waitForVaadin();

        assertThat(page.driver().findElement(By.cssSelector(".overview-meta")).getText())
                .contains("History in a frame");
    }

    @Test
    void a_student_who_signs_out_inside_the_frame_is_told_how_to_go_on_instead_of_seeing_a_refused_page()
            throws IOException {
        launchInTheFrame("frame-leaver", Launch.LEARNER, "frame-leaver", "Lee Leaver");
        awaitPathInFrame("/lesson/" + assignmentId);
        new LessonReader(page).awaitPage();

        page.driver()
                .findElement(By.cssSelector(".user-menu vaadin-menu-bar-button"))
                .click();
        page.waitFor()
                .until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-menu-bar-item[normalize-space(.)='Sign out']")))
                .click();

        // the sign-in page, which no other site may frame, sends a frame on to this one
        page.waitFor(Duration.ofMinutes(1))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the frame to say the session ended, but it shows " + pathInFrame())
                .until(driver -> "/lti/session-ended".equals(pathInFrame()));
        assertThat(page.driver().findElement(By.tagName("h1")).getText())
                .isEqualTo("Your Sourcework session has ended");
        assertThat(page.driver().findElement(By.id("session-ended")).getText())
                .endsWith("to go on, open Sourcework again from your course.");
        new Screenshots(page).asShown("lti-session-ended-1280.png", 1280, 800);
        var findings = AxeFindings.of(page.driver());
        assertThat(findings.isEmpty())
                .as("axe-core found serious or critical violations:%n%s", findings.describe())
                .isTrue();
    }

    @Test
    void a_browser_that_keeps_no_cookies_in_the_frame_offers_a_new_window_where_the_student_answers() {
        var answer = "Written in Moscow for Washington, so it tells us first what the embassy believed.";
        // Sourcework's cookies blocked wherever the top page is the platform's, as some schools set browsers
        var blocking = Chrome.start(Map.of(
                "profile.content_settings.exceptions.cookies",
                Map.of("http://localhost:*,http://127.0.0.1:*", Map.of("setting", 2))));
        try {
            var inBlockingBrowser = new AppPage(blocking, port());
            var courseWindow =
                    launchInTheFrame(blocking, "frame-blocked", Launch.LEARNER, "frame-blocked", "Bea Block");

            inBlockingBrowser
                    .waitFor(Duration.ofMinutes(3))
                    .until(ExpectedConditions.elementToBeClickable(By.id("new-window")))
                    .click();
            inBlockingBrowser
                    .waitFor()
                    .until(driver -> driver.getWindowHandles().size() == 2);
            blocking.switchTo()
                    .window(blocking.getWindowHandles().stream()
                            .filter(handle -> !handle.equals(courseWindow))
                            .findFirst()
                            .orElseThrow());
            inBlockingBrowser
                    .waitFor(Duration.ofMinutes(3))
                    .until(driver -> ("/lesson/" + assignmentId).equals(inBlockingBrowser.path()));
            var reader = new LessonReader(inBlockingBrowser);
            reader.awaitPage();
            reader.type("hn-predict", 0, answer);
            reader.awaitSaved("hn-predict");
        } finally {
            blocking.quit();
        }

        assertThat(savedAnswer("frame-blocked")).isEqualTo(answer);
    }

    private String savedAnswer(String subject) {
        long studentId = links.user(platformId, subject).orElseThrow();
        return jdbc.sql("select a.text_value from answer a join student_work w on w.id = a.work_id"
                        + " where w.student_id = ? and w.assignment_id = ? and a.question_id = 'hn-predict'")
                .params(studentId, assignmentId)
                .query(String.class)
                .single();
    }

    /** Opens the course page and presses its button, whose form posts the login into the iframe. */
    private void launchInTheFrame(String loginHint, String role, String subject, String name) {
        launchInTheFrame(page.driver(), loginHint, role, subject, name);
    }

    /** The same in another browser; returns the handle of the course page's window. */
    private String launchInTheFrame(WebDriver driver, String loginHint, String role, String subject, String name) {
        platform.prepare(
                loginHint,
                Launch.of(subject, name, role, CONTEXT)
                        .resourceLink(RESOURCE_LINK)
                        .issuer(course.origin()));
        driver.get(course.url(loginHint));
        var courseWindow = driver.getWindowHandle();
        driver.findElement(By.id("open-sourcework")).click();
        driver.switchTo().frame(CoursePage.FRAME);
        return courseWindow;
    }

    /** Waits until the frame shows this page of Sourcework (the top page's address never changes). */
    private void awaitPathInFrame(String path) {
        page.waitFor(Duration.ofMinutes(3))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the frame to show " + path + ", but it shows " + pathInFrame())
                .until(driver -> path.equals(pathInFrame()));
        page.waitForVaadin();
    }

    private String pathInFrame() {
        try {
            return String.valueOf(page.script("return location.pathname"));
        } catch (WebDriverException e) {
            return "a page the browser refused to show (" + e.getClass().getSimpleName() + ")";
        }
    }
}
