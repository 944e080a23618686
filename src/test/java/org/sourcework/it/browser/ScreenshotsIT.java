package org.sourcework.it.browser;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/**
 * Keeps docs/screenshots current: the sign-in page and each home view on a laptop (1280x800) and a
 * phone (390x844). A person looks at them; the test only proves they were taken. The student home
 * is taken by {@link ReaderScreenshotsIT}, with a lesson in progress.
 */
class ScreenshotsIT extends BrowserTestBase {

    @Test
    void sign_in_page_is_photographed_at_laptop_and_phone_size() throws IOException {
        page.open("login");
        page.heading();

        photograph("login");
    }

    @ParameterizedTest
    @EnumSource(value = DemoHome.class, mode = Mode.EXCLUDE, names = "STUDENT")
    void home_view_is_photographed_at_laptop_and_phone_size(DemoHome home) throws IOException {
        page.signIn(home.username, PASSWORD);
        page.awaitHeading(home.heading);

        photograph(home.screenshotName);
    }

    private void photograph(String name) throws IOException {
        new Screenshots(page).atLaptopAndPhoneSize(name);
    }
}
