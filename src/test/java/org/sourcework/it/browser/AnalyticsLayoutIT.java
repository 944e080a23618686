package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * The analytics page and the gradebook of the demo's sample class fit the window on a laptop and on
 * a phone: the page never scrolls sideways (wide figures wrap or scroll inside their own box), and at
 * 1280 px the gradebook shows every section's column without scrolling. Also keeps the gradebook's
 * screenshots in docs/screenshots current.
 */
class AnalyticsLayoutIT extends BrowserTestBase {

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

        assertThat((Long) page.script("return document.scrollingElement.scrollWidth"))
                .as("page width at %d px; too wide: %s", width, page.script(TOO_WIDE))
                .isLessThanOrEqualTo((Long) page.script("return document.scrollingElement.clientWidth"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void the_gradebook_does_not_scroll_sideways_and_fits_every_section_at_1280(int width) throws IOException {
        var review = new ReviewPages(page);
        page.signIn(ReviewPages.INSTRUCTOR, PASSWORD);
        var assignment = review.reviewLinkOf(ReviewPages.SAMPLE_CLASS);
        page.resize(width, 800);

        page.open("review/" + assignment + "/gradebook");
        page.waitFor().until(driver -> (Boolean) page.script("""
                        const grid = document.getElementById('gradebook-grid');
                        return !!grid && [...grid.querySelectorAll('vaadin-grid-cell-content')]
                            .some(c => c.textContent.includes('%'));
                        """));
        page.waitForVaadin();
        new Screenshots(page).fromTop("review-gradebook-" + width + ".png", width, 800);

        assertThat((Long) page.script("return document.scrollingElement.scrollWidth"))
                .as("page width at %d px; too wide: %s", width, page.script(TOO_WIDE))
                .isLessThanOrEqualTo((Long) page.script("return document.scrollingElement.clientWidth"));
        if (width == 1280) {
            assertThat((Boolean) page.script("""
                            const table = document.getElementById('gradebook-grid').shadowRoot.querySelector('#table');
                            return table.scrollWidth <= table.clientWidth;
                            """))
                    .as("every column of the gradebook in view at 1280 px")
                    .isTrue();
        }
    }
}
