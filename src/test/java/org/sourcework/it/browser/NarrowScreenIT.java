package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

/**
 * On a 360 px phone the frame still works: the menu toggle (the "My lessons" link in the header for a
 * student, who has no drawer) and the user menu visible, nothing wider than the screen.
 */
class NarrowScreenIT extends BrowserTestBase {

    @ParameterizedTest
    @EnumSource(DemoHome.class)
    void home_view_fits_a_360_px_screen_with_menu_toggle_and_user_menu(DemoHome home) {
        page.signIn(home.username, PASSWORD);
        page.awaitHeading(home.heading);
        page.resize(360, 740);

        assertThat(page.script("return window.innerWidth")).as("viewport width").isEqualTo(360L);
        var navigation = home == DemoHome.STUDENT ? ".app-header a.header-link" : "vaadin-drawer-toggle";
        assertThat(page.driver().findElement(By.cssSelector(navigation)).isDisplayed())
                .as("menu toggle or header link visible")
                .isTrue();
        assertThat(page.driver().findElement(By.cssSelector(".user-menu")).isDisplayed())
                .as("user menu visible")
                .isTrue();
        assertThat((Long) page.script(
                        "return Math.ceil(document.querySelector('.user-menu')" + ".getBoundingClientRect().right)"))
                .as("right edge of the user menu")
                .isLessThanOrEqualTo(360L);
        assertThat((Long) page.script("return document.documentElement.scrollWidth"))
                .as("page width (scrollWidth) against the screen (clientWidth)")
                .isLessThanOrEqualTo((Long) page.script("return document.documentElement.clientWidth"));
    }
}
