package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Keeps docs/screenshots current: the sign-in page and each home view on a laptop (1280x800) and a
 * phone (390x844). A person looks at them; the test only proves they were taken.
 */
class ScreenshotsIT extends BrowserTestBase {

    private static final Path FOLDER = Path.of("docs", "screenshots");

    @Test
    void sign_in_page_is_photographed_at_laptop_and_phone_size() throws IOException {
        page.open("login");
        page.heading();

        photograph("login");
    }

    @ParameterizedTest
    @EnumSource(DemoHome.class)
    void home_view_is_photographed_at_laptop_and_phone_size(DemoHome home) throws IOException {
        page.signIn(home.username, PASSWORD);
        page.awaitHeading(home.heading);

        photograph(home.screenshotName);
    }

    private void photograph(String name) throws IOException {
        save(name + "-1280.png", 1280, 800);
        page.resize(390, 844);
        page.waitForVaadin();
        save(name + "-390.png", 390, 844);
    }

    private void save(String fileName, int width, int height) throws IOException {
        var png = ((TakesScreenshot) page.driver()).getScreenshotAs(OutputType.BYTES);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth() + "x" + image.getHeight()).as(fileName).isEqualTo(width + "x" + height);
        Files.write(Files.createDirectories(FOLDER).resolve(fileName), png);
    }
}
