package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The analytics page and the gradebook of the demo's sample class fit the window on a laptop and on
 * a phone: the page never scrolls sideways (wide figures wrap or scroll inside their own box), and at
 * 1280 px the gradebook shows every section's column without scrolling. Also keeps the gradebook's
 * screenshots in docs/screenshots current.
 */
class AnalyticsLayoutIT extends BrowserTestBase {

    private static final long PLATFORM = 990_101;

    @Autowired
    JdbcClient jdbc;

    /** Elements reaching past the right edge of the window, widest first, to name the culprit when this fails. */
    private static final String TOO_WIDE = """
            const width = document.scrollingElement.clientWidth;
            return [...document.querySelectorAll('body *')]
                .map(e => [e, Math.ceil(e.getBoundingClientRect().right)])
                .filter(([e, right]) => right > width)
                .sort((a, b) => b[1] - a[1]).slice(0, 8)
                .map(([e, right]) => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + right)
                .join(', ');
            """;

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void the_analytics_page_does_not_scroll_sideways(int width) {
        var review = new ReviewPages(page);
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        page.resize(width, 800);

        page.open("review/" + assignment + "/analytics");
        page.waitFor()
                .until(driver -> !driver.findElements(By.id("skill-chart")).isEmpty());
        page.waitForVaadin();

        assertPageFits(width);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void the_gradebook_does_not_scroll_sideways_and_fits_every_section_at_1280(int width) throws IOException {
        var review = new ReviewPages(page);
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        page.resize(width, 800);

        openGradebook(assignment);
        new Screenshots(page).fromTop("review-gradebook-" + width + ".png", width, 800);

        assertPageFits(width);
        if (width == 1280) {
            assertThat(everyColumnInView())
                    .as("every column of the gradebook in view at 1280 px")
                    .isTrue();
        }
    }

    /**
     * A lesson whose scores go back to a learning platform: its column of where each score is would not
     * fit beside every section at 1280 px, so it is a set of columns of its own.
     */
    @Test
    void the_gradebook_of_a_lesson_whose_scores_go_to_a_platform_fits_at_1280_in_either_set() throws IOException {
        var review = new ReviewPages(page);
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        scoresGoToAPlatform(assignment);
        try {
            openGradebook(assignment);
            assertThat(everyColumnInView()).as("every section's column in view").isTrue();

            var option = page.driver().findElements(By.cssSelector("#gradebook-columns vaadin-radio-button")).stream()
                    .filter(radio -> radio.getText().strip().equals("Scores sent to the learning platform"))
                    .findFirst()
                    .orElseThrow();
            option.click();
            page.waitFor().until(driver -> (Boolean) page.script("""
                            return [...document.querySelectorAll('#gradebook-grid .platform-score-status')]
                                .some(status => status.textContent === 'Sent to Layout LMS');
                            """));
            page.waitForVaadin();
            new Screenshots(page).fromTop("review-gradebook-platform-1280.png", 1280, 800);

            assertThat(everyColumnInView()).as("the platform's column in view").isTrue();
            assertPageFits(1280);
        } finally {
            jdbc.sql("delete from lti_grade where platform_id = ?")
                    .param(PLATFORM)
                    .update();
            jdbc.sql("delete from lti_line_item where platform_id = ?")
                    .param(PLATFORM)
                    .update();
            jdbc.sql("delete from lti_resource_link where platform_id = ?")
                    .param(PLATFORM)
                    .update();
            jdbc.sql("delete from lti_platform where id = ?").param(PLATFORM).update();
        }
    }

    /** The page does not scroll sideways; if it does, the message names what is too wide. */
    private void assertPageFits(int width) {
        assertThat((Long) page.script("return document.scrollingElement.scrollWidth"))
                .as("page width at %d px; too wide: %s", width, page.script(TOO_WIDE))
                .isLessThanOrEqualTo((Long) page.script("return document.scrollingElement.clientWidth"));
    }

    /** Opens the lesson's gradebook and waits until its rows show scores. */
    private void openGradebook(long assignment) {
        page.open("review/" + assignment + "/gradebook");
        page.waitFor().until(driver -> (Boolean) page.script("""
                        const grid = document.getElementById('gradebook-grid');
                        return !!grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                            .some(c => c.textContent.includes('%'));
                        """));
        page.waitForVaadin();
    }

    private boolean everyColumnInView() {
        return (Boolean) page.script("""
                const table = document.getElementById('gradebook-grid').shadowRoot.querySelector('#table');
                return table.scrollWidth <= table.clientWidth;
                """);
    }

    /** Written straight into the tables (and removed afterwards): a platform, the lesson's column, a sent score. */
    private void scoresGoToAPlatform(long assignment) {
        var now = Timestamp.from(Instant.now());
        jdbc.sql("insert into lti_platform (id, version, name, issuer, client_id, jwks_url, auth_url, token_url,"
                        + " created_at) values (?, 0, 'Layout LMS', 'https://layout-lms.example', 'tool',"
                        + " 'https://layout-lms.example/jwks', 'https://layout-lms.example/auth',"
                        + " 'https://layout-lms.example/token', ?)")
                .params(PLATFORM, now)
                .update();
        jdbc.sql("insert into lti_resource_link (platform_id, resource_link_id, assignment_id) values (?, 'rl', ?)")
                .params(PLATFORM, assignment)
                .update();
        jdbc.sql("insert into lti_line_item (platform_id, resource_link_id, line_item_url, scopes, seen_at)"
                        + " values (?, 'rl', 'https://layout-lms.example/li/1', ?, ?)")
                .params(PLATFORM, "https://purl.imsglobal.org/spec/lti-ags/scope/score", now)
                .update();
        long studentId = jdbc.sql("select min(e.user_id) from enrolment e join assignment a on a.class_id = e.class_id"
                        + " where a.id = ? and e.class_role = 'STUDENT'")
                .param(assignment)
                .query(Long.class)
                .single();
        jdbc.sql("insert into lti_grade (platform_id, line_item_url, assignment_id, student_id, subject, score_given,"
                        + " score_maximum, scored_at, status, attempts, sent_at)"
                        + " values (?, 'https://layout-lms.example/li/1', ?, ?, 'sub-layout', 1, 10, ?, 'SENT', 1, ?)")
                .params(PLATFORM, assignment, studentId, now, now)
                .update();
    }
}
