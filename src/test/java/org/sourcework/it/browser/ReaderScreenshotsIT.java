package org.sourcework.it.browser;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Keeps the student's pictures in docs/screenshots current: the reader's start page with an answer
 * and its explanation, section III.B with a chosen sentence, the sorting grid of section III with two
 * statements placed, and the student home with the lesson in progress, each on a laptop and a phone. A person looks at them; the test only proves they were
 * taken. Ben is this test's own student.
 */
class ReaderScreenshotsIT extends BrowserTestBase {

    @Test
    void reader_and_student_home_are_photographed_at_laptop_and_phone_size() throws IOException {
        var reader = new LessonReader(page);
        var screenshots = new Screenshots(page);
        page.signIn("ben", PASSWORD);
        page.awaitHeading("My lessons");
        long lesson = reader.openFromHome();
        reader.choose("hn-who-for-whom", "The U.S. Embassy in Moscow");
        reader.awaitSaved("hn-who-for-whom");
        reader.check("hn-who-for-whom");
        screenshots.atLaptopAndPhoneSize("reader-start");

        page.resize(1280, 800);
        reader.open(lesson, "III.B");
        // on its number: the middle of the sentence is a glossary word, which opens its explanation instead
        reader.click(reader.sentence(4).findElement(By.cssSelector(".sentence-number")));
        reader.awaitSaved("iiib-evidence-fear");
        screenshots.atLaptopAndPhoneSize("reader-section");

        page.resize(1280, 800);
        reader.open(lesson, "III");
        reader.sort("iii-sort-motives", 0, "Internal compulsions");
        reader.sort("iii-sort-motives", 5, "Internal purposes");
        reader.awaitSaved("iii-sort-motives");
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            page.resize(size[0], size[1]);
            page.waitForVaadin();
            page.script("arguments[0].scrollIntoView({block: 'start'})", reader.question("iii-sort-motives"));
            screenshots.asShown("reader-sorting-" + size[0] + ".png", size[0], size[1]);
        }

        page.resize(1280, 800);
        page.open("my-lessons");
        page.awaitHeading("My lessons");
        screenshots.atLaptopAndPhoneSize("student-home");
    }
}
