package org.sourcework.it.browser;

import java.net.URI;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do with Sourcework's pages, with explicit waits for Vaadin instead of sleeps. */
final class AppPage {

    /** The first page of a fresh dev-mode server can take a while; later pages are quick. */
    private static final Duration FIRST_LOAD = Duration.ofMinutes(3);

    /** True once Flow has started, no server round trip is in flight and the loading bar has gone. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients || flow.devServerIsNotLoaded) { return false; }
            const clients = Object.values(flow.clients);
            const bar = document.querySelector('.v-loading-indicator');
            const barHidden = !bar || getComputedStyle(bar).display === 'none' || getComputedStyle(bar).opacity === '0';
            return clients.length > 0 && clients.every(client => !client.isActive()) && barHidden;
            """;

    /** Two animation frames: the browser has applied styles and layout after the last change. */
    private static final String AFTER_LAYOUT = """
            const done = arguments[arguments.length - 1];
            document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));
            """;

    /**
     * A script function, {@code runningAnimations()}: the animations with an end that are running now, in the
     * page and in every shadow tree ({@code document.getAnimations()} alone misses an overlay's fade-in).
     */
    static final String RUNNING_ANIMATIONS = """
            const runningAnimations = () => {
                const roots = [document];
                const walk = root => root.querySelectorAll('*').forEach(element => {
                    if (element.shadowRoot) { roots.push(element.shadowRoot); walk(element.shadowRoot); }
                });
                walk(document);
                return roots.flatMap(root => root.getAnimations()).filter(animation =>
                        animation.playState === 'running' && animation.effect
                        && animation.effect.getComputedTiming().endTime !== Infinity);
            };
            """;

    /** True once no overlay is opening or closing and every animation with an end has ended. */
    private static final String STILL = RUNNING_ANIMATIONS + """
            return !document.querySelector('[opening], [closing]') && runningAnimations().length === 0;
            """;

    private final WebDriver driver;
    private final String baseUrl;

    AppPage(WebDriver driver, int port) {
        this.driver = driver;
        this.baseUrl = "http://localhost:" + port + "/";
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    void signIn(String username, String password) {
        open("login");
        var usernameField =
                waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        var passwordField = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        var signInPage = driver.findElement(By.cssSelector("vaadin-login-form"));
        usernameField.sendKeys(username);
        passwordField.sendKeys(password, Keys.ENTER);
        // the native form post reloads the page; wait for the old document to go
        waitFor().until(ExpectedConditions.stalenessOf(signInPage));
        waitForVaadin();
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String query() {
        var query = URI.create(driver.getCurrentUrl()).getQuery();
        return query == null ? "" : query;
    }

    WebElement heading() {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main h1")));
    }

    /** Waits until the page heading reads {@code text}; the route may still be changing before that. */
    void awaitHeading(String text) {
        waitFor().until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
        waitForVaadin();
    }

    /** Sets the viewport (not the window, which is larger by the browser's frame) to this size. */
    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        settle();
        var extraWidth = width - ((Number) script("return window.innerWidth")).intValue();
        var extraHeight = height - ((Number) script("return window.innerHeight")).intValue();
        if (extraWidth != 0 || extraHeight != 0) {
            driver.manage().window().setSize(new Dimension(width + extraWidth, height + extraHeight));
            settle();
        }
    }

    /** Waits for web fonts and two frames, so layout and screenshots show the finished page. */
    void settle() {
        ((JavascriptExecutor) driver).executeAsyncScript(AFTER_LAYOUT);
    }

    /** Waits until nothing on the page is fading or moving, so colours and positions are final. */
    static void awaitStill(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(STILL)));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that answers by calling its last argument, a callback. */
    Object asyncScript(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    WebDriverWait waitFor() {
        return waitFor(Duration.ofSeconds(30));
    }

    WebDriverWait waitFor(Duration timeout) {
        var wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(Duration.ofMillis(100));
        return wait;
    }

    /** Waits until Flow is idle, then for layout; use after anything that may talk to the server. */
    void waitForVaadin() {
        waitFor(FIRST_LOAD).until(d -> Boolean.TRUE.equals(script(VAADIN_IDLE)));
        settle();
    }
}
