package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.roster.StudentAssignment;
import org.sourcework.security.AppRole;
import org.sourcework.support.RunAs;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A class period as a student lives it (issue 12, points 1–5): the text stays beside the questions
 * and follows the question in focus, choice answers are checked rather than judged on picking and
 * the instructor sees the attempts, categorisation is a grid that works by click, keyboard and touch,
 * the keyboard has a skip link, a focused heading after each page change, one stop for the glossary
 * and clear focus rings, and the submit dialog links the unanswered questions and starts on the
 * safe choice. Each test has its own new student in History 11A (full lesson), so no demo account
 * other tests use changes.
 */
class ReaderClassPeriodIT extends BrowserTestBase {

    @Autowired
    RunAs runAs;

    @Autowired
    UserService users;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassRosterService classRoster;

    private LessonReader reader;
    private Keyboard keyboard;
    private long studentId;

    private long lessonOf(String username, String displayName) {
        var classId = historyElevenA().classId();
        studentId = runAs.user("admin", () -> {
            var id = users.create(new NewUser(
                            username, displayName, username + "@school.example", AppRole.STUDENT, PASSWORD, false))
                    .id();
            classRoster.enrolStudent(classId, username);
            return id;
        });
        reader = new LessonReader(page);
        keyboard = new Keyboard(page);
        page.signIn(username, PASSWORD);
        page.awaitHeading("My lessons");
        return historyElevenA().assignmentId();
    }

    private StudentAssignment historyElevenA() {
        return runAs.user("amira", () -> roster.myAssignments().getFirst());
    }

    @Test
    void the_text_stays_in_view_beside_the_questions_and_scrolls_to_the_sentences_a_question_points_at()
            throws IOException {
        long lesson = lessonOf("ivy.marsh", "Ivy Marsh");
        reader.open(lesson, "III.B");
        var text = page.driver().findElement(By.cssSelector(".section-page > .reader-text"));
        assertThat(text.getCssValue("position")).isEqualTo("sticky");

        // the last question, far down the page: the text is still at the top of the screen
        reader.click(reader.question("iiib-historic-developments").findElement(By.cssSelector("textarea")));
        assertThat(top(text))
                .as("top of the text after scrolling to the last question")
                .isBetween(0L, 120L);

        // on a short screen, focusing a question that quotes the text scrolls the text to that sentence
        page.resize(1280, 400);
        var hedges = reader.question("iiib-hedges");
        assertThat(hedges.getDomAttribute("data-sentences"))
                .as("the sentences the question quotes")
                .isNotBlank();
        // the text scrolled away from the quoted sentence: to its end if the sentence is early, else to its start
        var before = ((Number) page.script(
                        """
                const text = arguments[0];
                const sentence = text.querySelector('.sentence[data-sentence="' + arguments[1] + '"]');
                const visible = () => {
                  const s = sentence.getBoundingClientRect(), b = text.getBoundingClientRect();
                  return s.top >= b.top && s.bottom <= b.bottom;
                };
                text.scrollTop = text.scrollHeight;
                if (visible()) { text.scrollTop = 0; }
                return visible() ? -1 : text.scrollTop;
                """, text, hedges.getDomAttribute("data-sentences").split(",")[0]))
                .longValue();
        assertThat(before)
                .as("the quoted sentence scrolled out of full view first")
                .isNotNegative();
        page.script("arguments[0].focus()", hedges.findElement(By.cssSelector("input")));
        var referenced = page.waitFor()
                .until(driver -> driver.findElements(By.cssSelector(".reader-text .sentence.referenced")).stream()
                        .findFirst()
                        .orElse(null));
        awaitInside(referenced, text);
        assertThat(((Number) page.script("return arguments[0].scrollTop", text)).longValue())
                .as("the text scrolled within its box")
                .isNotEqualTo(before);
        page.resize(1280, 800);

        // evidence: moving through the list of sentences brings each into view, the choice is highlighted
        keyboard.tabTo("#question-iiib-evidence-fear input[type=radio]");
        keyboard.press(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
        reader.awaitSaved("iiib-evidence-fear");
        assertThat(reader.highlightedSentences()).containsExactly(4);
        awaitInside(reader.sentence(4), text);

        page.script("arguments[0].scrollTop = 0", text);
        reader.click(reader.question("iiib-counter-measures").findElement(By.cssSelector(".question-prompt")));
        page.settle();
        new Screenshots(page).asShown("reader-passage-in-view-1280.png", 1280, 800);

        page.resize(390, 844);
        reader.open(lesson, "III.B");
        text = page.driver().findElement(By.cssSelector(".section-page > .reader-text"));
        assertThat(text.getCssValue("position")).as("one column on a phone").isEqualTo("static");
        var panel = page.driver().findElement(By.cssSelector(".question-panel"));
        assertThat(panel.getRect().getY())
                .as("the questions below the text")
                .isGreaterThanOrEqualTo(text.getRect().getY() + text.getRect().getHeight());
        assertThat((Long) page.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(390L);
        new Screenshots(page).fromTop("reader-passage-in-view-390.png", 390, 844);
    }

    private long top(WebElement element) {
        return ((Number) page.script("return Math.round(arguments[0].getBoundingClientRect().top)", element))
                .longValue();
    }

    private void awaitInside(WebElement sentence, WebElement box) {
        page.waitFor()
                .withMessage(() -> "sentence to be in view inside the text")
                .until(driver -> Boolean.TRUE.equals(page.script("""
                        const s = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();
                        return s.top >= b.top && s.bottom <= b.bottom && b.top >= 0 && s.bottom <= innerHeight;
                        """, sentence, box)));
    }

    @Test
    void choice_answers_are_explained_only_after_check_and_the_instructor_sees_every_attempt() {
        long lesson = lessonOf("jude.north", "Jude North");
        reader.open(lesson, LessonReader.START_PAGE);

        reader.choose("hn-who-for-whom", "Khrushchev");
        reader.awaitSaved("hn-who-for-whom");
        assertThat(reader.explanations("hn-who-for-whom"))
                .as("nothing said on picking")
                .isEmpty();
        reader.check("hn-who-for-whom");
        assertThat(reader.explanations("hn-who-for-whom")).containsExactly("wrong");

        reader.choose("hn-who-for-whom", "The U.S. Embassy in Moscow");
        reader.awaitSaved("hn-who-for-whom");
        assertThat(reader.explanations("hn-who-for-whom"))
                .as("the old explanation goes with the old answer")
                .isEmpty();
        reader.check("hn-who-for-whom");
        assertThat(reader.explanations("hn-who-for-whom")).containsExactly("right");
        reader.reload();
        assertThat(reader.explanations("hn-who-for-whom"))
                .as("a checked answer stays explained")
                .containsExactly("right");

        page.driver().manage().deleteAllCookies();
        page.signIn("hughes", PASSWORD);
        page.open("review/" + lesson + "/student/" + studentId);
        var line = page.waitFor()
                .until(driver -> driver
                        .findElements(By.cssSelector(
                                ".feedback-editor[data-question='hn-who-for-whom'] .answer-attempts-line"))
                        .stream()
                        .findFirst()
                        .orElse(null));
        assertThat(line.getText()).isEqualTo("Attempts: B, then A");
    }

    @Test
    void categorisation_is_a_grid_chosen_by_click_and_touch_with_a_name_for_every_cell_that_fits_a_phone() {
        long lesson = lessonOf("kit.lowe", "Kit Lowe");
        reader.open(lesson, "III");
        assertThat(reader.question("iii-sort-motives").findElements(By.cssSelector("vaadin-select")))
                .isEmpty();

        reader.sort("iii-sort-motives", 0, "Internal compulsions");
        reader.sort("iii-sort-motives", 5, "Internal purposes");
        reader.awaitSaved("iii-sort-motives");
        assertThat(cellName(0, 0)).startsWith("1. ").endsWith(" Internal compulsions");
        assertThat(cellName(13, 3)).startsWith("14. ").endsWith(" Not in the telegram");

        page.resize(390, 844);
        reader.open(lesson, "III");
        assertThat((Long) page.script("return document.documentElement.scrollWidth"))
                .as("page width on a phone")
                .isLessThanOrEqualTo(390L);
        var grid = reader.question("iii-sort-motives").findElement(By.cssSelector(".sort-grid"));
        assertThat(grid.getRect().getX() + grid.getRect().getWidth()).isLessThanOrEqualTo(390);
        var cell = reader.statements("iii-sort-motives")
                .get(8)
                .findElements(By.cssSelector("td label"))
                .get(2);
        tap(cell);
        page.waitFor().until(driver -> "External factors".equals(reader.sortedAs("iii-sort-motives", 8)));
        reader.awaitSaved("iii-sort-motives");
        reader.reload();
        assertThat(List.of(
                        reader.sortedAs("iii-sort-motives", 0),
                        reader.sortedAs("iii-sort-motives", 5),
                        reader.sortedAs("iii-sort-motives", 8),
                        reader.sortedAs("iii-sort-motives", 1)))
                .containsExactly("Internal compulsions", "Internal purposes", "External factors", "Not sorted yet");
    }

    /** The accessible name of a grid cell, from the ids its aria-labelledby lists. */
    private String cellName(int statement, int category) {
        var radio = reader.statements("iii-sort-motives")
                .get(statement)
                .findElements(By.cssSelector("input"))
                .get(category);
        return (String) page.script("""
                return arguments[0].getAttribute('aria-labelledby').split(' ')
                    .map(id => document.getElementById(id).textContent.trim()).join(' ');
                """, radio);
    }

    private void tap(WebElement element) {
        page.script("arguments[0].scrollIntoView({block: 'center'})", element);
        page.settle();
        var finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        var rect = element.getRect();
        var tap = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(
                        Duration.ZERO, PointerInput.Origin.viewport(), rect.getX() + rect.getWidth() / 2, (int)
                                ((Number) page.script(
                                                "return Math.round(arguments[0].getBoundingClientRect().top + arguments[0]"
                                                        + ".getBoundingClientRect().height / 2)",
                                                element))
                                        .longValue()))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        ((RemoteWebDriver) page.driver()).perform(List.of(tap));
    }

    @Test
    void a_glossary_term_opens_its_explanation_on_a_click_and_from_the_keyboard() {
        long lesson = lessonOf("gil.moss", "Gil Moss");
        reader.open(lesson, "IV");
        By definition =
                By.xpath("//*[contains(@class, 'glossary-definition')][contains(., 'The small group of top leaders')]");
        var term = page.driver().findElements(By.cssSelector(".source-text .glossary-term")).stream()
                .filter(each -> each.getText().equals("Presidium"))
                .findFirst()
                .orElseThrow();
        assertThat(page.driver().findElements(definition)).noneMatch(WebElement::isDisplayed);

        reader.click(term);
        page.waitFor().until(driver -> driver.findElements(definition).stream().anyMatch(WebElement::isDisplayed));
        assertThat(term.getDomAttribute("aria-expanded")).isEqualTo("true");

        keyboard.press(Keys.ESCAPE);
        page.waitFor().until(driver -> driver.findElements(definition).stream().noneMatch(WebElement::isDisplayed));
        page.script("arguments[0].focus()", term);
        keyboard.press(Keys.ESCAPE);
        page.waitFor().until(driver -> driver.findElements(definition).stream().noneMatch(WebElement::isDisplayed));
        keyboard.press(Keys.ENTER);
        page.waitFor().until(driver -> driver.findElements(definition).stream().anyMatch(WebElement::isDisplayed));
    }

    @Test
    void keyboard_users_skip_to_the_questions_land_on_the_heading_pass_the_glossary_in_one_stop_and_see_the_focus() {
        long lesson = lessonOf("lou.park", "Lou Park");
        reader.open(lesson, "IV");

        int presses = 0;
        while (!keyboard.focusIsOn("a.skip-link") && presses < 10) {
            keyboard.press(Keys.TAB);
            presses++;
        }
        assertThat(presses).as("Tab presses to the skip link").isLessThanOrEqualTo(3);
        assertThat(page.driver()
                        .findElement(By.cssSelector("a.skip-link"))
                        .getRect()
                        .getY())
                .as("the skip link shows when focused")
                .isGreaterThanOrEqualTo(0);
        keyboard.press(Keys.ENTER);
        page.waitFor().until(driver -> keyboard.focusIsOn("#questions-heading"));
        keyboard.press(Keys.TAB);
        assertThat(keyboard.focusIsOn(".question-panel > section.question-card:first-of-type *"))
                .as("one Tab from the heading is in question 1: " + keyboard.focused())
                .isTrue();

        // the glossary terms of the page are one Tab stop; the arrow keys go from one to the next
        var terms = page.driver().findElements(By.cssSelector(".source-text .glossary-term"));
        assertThat(terms).hasSizeGreaterThan(1);
        assertThat(terms).extracting(term -> term.getDomAttribute("tabindex")).containsOnlyOnce("0");
        reader.open(lesson, "IV");
        keyboard.tabTo(".source-text .glossary-term");
        var first = keyboard.focused();
        keyboard.press(Keys.ARROW_RIGHT);
        assertThat(keyboard.focusIsOn(".source-text .glossary-term")).isTrue();
        assertThat(keyboard.focused()).isNotEqualTo(first);
        keyboard.press(Keys.TAB);
        assertThat(keyboard.focusIsOn(".glossary-term"))
                .as("Tab leaves the glossary: " + keyboard.focused())
                .isFalse();

        // after moving to the next page, focus is on its heading
        reader.click(page.driver().findElement(By.cssSelector(".page-navigation vaadin-button.next")));
        page.waitFor().until(driver -> page.path().endsWith("/V"));
        page.waitFor().until(driver -> keyboard.focusIsOn(".reader-page .section-heading"));

        // a checkbox reached by Tab has a solid ring, not Lumo's faint halo
        reader.open(lesson, LessonReader.START_PAGE);
        keyboard.tabTo("#question-hn-what-could-they-know input[type=checkbox]");
        var ring = (String) page.script("""
                const box = document.activeElement.closest('vaadin-checkbox').shadowRoot.querySelector('[part~=checkbox]');
                const style = getComputedStyle(box);
                return style.outlineStyle + ' ' + style.outlineWidth;
                """);
        assertThat(ring).isEqualTo("solid 3px");
    }

    @Test
    void the_submit_dialog_starts_on_keep_working_and_takes_the_student_to_an_unanswered_question() {
        long lesson = lessonOf("max.reid", "Max Reid");
        reader.open(lesson, "V");
        var drawer = page.script("return getComputedStyle(document.querySelector('vaadin-app-layout')"
                + ".shadowRoot.querySelector('[part=drawer]')).display");
        assertThat(drawer).as("a student has no side menu").isEqualTo("none");
        assertThat(page.driver()
                        .findElement(By.cssSelector(".app-header a.header-link"))
                        .getText())
                .isEqualTo("My lessons");
        assertThat(page.driver()
                        .findElement(By.cssSelector(".reader"))
                        .getRect()
                        .getX())
                .isLessThan(200);

        reader.click(page.driver().findElement(By.cssSelector(".header-submit")));
        page.waitFor().until(driver -> keyboard.focusIsOn("vaadin-button.keep-working"));
        var links = page.driver().findElements(By.cssSelector(".unanswered-list a.unanswered-link"));
        assertThat(links).hasSizeGreaterThan(5);
        var target = links.stream()
                .filter(link -> link.getText().startsWith("III.B"))
                .findFirst()
                .orElseThrow();
        reader.click(target);
        page.waitFor()
                .until(driver -> driver.findElements(By.cssSelector("vaadin-confirm-dialog[opened]"))
                        .isEmpty());
        page.waitFor().until(driver -> page.path().endsWith("/III.B"));
        assertThat(page.query()).startsWith("question=iiib-");
        page.waitFor().until(driver -> keyboard.focusIsOn(".question-card"));
        assertThat(keyboard.focused()).contains("id=\"question-iiib-");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 800, nia.moss", "390, 844, ola.shaw"})
    void section_with_its_text_in_view_checked_choices_and_the_grid_has_no_serious_accessibility_violations(
            int width, int height, String student) {
        long lesson = lessonOf(student, "Student " + student);
        page.resize(width, height);
        var softly = new SoftAssertions();
        reader.open(lesson, "III.B");
        reader.choose("iiib-hedges", "The embassy is reasoning");
        reader.awaitSaved("iiib-hedges");
        reader.check("iiib-hedges");
        axe(softly, "III.B with a checked answer");
        reader.open(lesson, "III");
        reader.sort("iii-sort-motives", 0, "Internal compulsions");
        axe(softly, "III with the grid");
        reader.click(page.driver().findElement(By.cssSelector(".header-submit")));
        page.waitFor().until(driver -> keyboard.focusIsOn("vaadin-button.keep-working"));
        axe(softly, "the submit dialog with links");
        softly.assertAll();
    }

    private void axe(SoftAssertions softly, String where) {
        var findings = AxeFindings.of(page.driver());
        softly.assertThat(findings.isEmpty())
                .as("axe-core on %s:%n%s", where, findings.describe())
                .isTrue();
    }
}
