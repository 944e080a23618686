package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Writes what the browser shows into docs/screenshots, on a laptop (1280x800) and then on a phone (390x844). */
final class Screenshots {

    private static final Path FOLDER = Path.of("docs", "screenshots");

    /** Every scrolled box back to the top: the app layout scrolls inside its shadow DOM. */
    private static final String TOP_OF_PAGE = """
            const visit = root => root.querySelectorAll('*').forEach(element => {
              if (element.scrollTop) { element.scrollTop = 0; }
              if (element.shadowRoot) { visit(element.shadowRoot); }
            });
            visit(document);
            document.scrollingElement.scrollTop = 0;
            """;

    private final AppPage page;

    Screenshots(AppPage page) {
        this.page = page;
    }

    /** Saves {@code name-1280.png}, then resizes to a phone and saves {@code name-390.png}. */
    void atLaptopAndPhoneSize(String name) throws IOException {
        page.resize(1280, 800);
        page.waitForVaadin();
        fromTop(name + "-1280.png", 1280, 800);
        page.resize(390, 844);
        page.waitForVaadin();
        fromTop(name + "-390.png", 390, 844);
    }

    /** Scrolls back to the top, then saves the {@code width} x {@code height} viewport as {@code fileName}. */
    void fromTop(String fileName, int width, int height) throws IOException {
        page.script(TOP_OF_PAGE);
        asShown(fileName, width, height);
    }

    /** Saves the {@code width} x {@code height} viewport as {@code fileName}, scrolled as it is now. */
    void asShown(String fileName, int width, int height) throws IOException {
        page.settle();
        AppPage.awaitStill(page.driver());
        var png = ((TakesScreenshot) page.driver()).getScreenshotAs(OutputType.BYTES);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth() + "x" + image.getHeight()).as(fileName).isEqualTo(width + "x" + height);
        Files.write(Files.createDirectories(FOLDER).resolve(fileName), png);
    }
}
