package org.sourcework.it.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Measures what a page costs, for docs/performance.md; not a test. Against a running server:
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.sourcework.it.browser.PageWeight \
 *     http://localhost:8080 [username [path...]]
 * </pre>
 * With an empty browser cache it opens the sign-in page and prints the bytes that crossed the wire
 * (Chromium's encodedDataLength: bodies as sent, plus headers) and the bytes after decoding, per
 * response and in total; with a username it then signs in and does the same for each path.
 * <p>
 * {@code -DemptyCache=true}: the browser's cache is emptied before each path, so each path's figure
 * is an empty-cache load (signed in).
 * <p>
 * {@code -Dloops=N -Dpid=P}: afterwards, opens the paths N times in turn and prints the CPU time
 * the server process (pid P) spent per page, read from /proc.
 */
public final class PageWeight {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PageWeight() {}

    public static void main(String[] args) throws Exception {
        var base = args[0];
        var driver = start();
        try {
            driver.get(base + "/login");
            awaitVaadin(driver);
            driver.findElement(By.cssSelector("vaadin-login-form"));
            report("sign-in page, empty cache", driver);
            if (args.length < 2) {
                return;
            }
            driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(args[1]);
            driver.findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys(System.getProperty("password", "reading-1956"), Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(60))
                    .until(d -> !d.getCurrentUrl().contains("/login"));
            awaitVaadin(driver);
            report("after signing in as " + args[1], driver);
            var paths = List.of(args).subList(2, args.length);
            for (var path : paths) {
                if (Boolean.getBoolean("emptyCache")) {
                    // the path's own first load, as a student whose browser never saw the app would have
                    // after signing in: only the session cookie is kept
                    driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    driver.manage().logs().get(LogType.PERFORMANCE);
                }
                driver.get(base + path);
                awaitVaadin(driver);
                report(path, driver);
            }
            var loops = Integer.getInteger("loops", 0);
            var pid = Long.getLong("pid", 0);
            if (loops > 0 && pid > 0 && !paths.isEmpty()) {
                cpuPerPage(driver, base, paths, loops, pid);
            }
        } finally {
            driver.quit();
        }
    }

    private static void cpuPerPage(ChromeDriver driver, String base, List<String> paths, int loops, long pid)
            throws Exception {
        // warm up the server's code paths first, then count
        for (int i = 0; i < loops / 4; i++) {
            driver.get(base + paths.get(i % paths.size()));
            awaitVaadin(driver);
        }
        driver.manage().logs().get(LogType.PERFORMANCE);
        var before = cpuMillis(pid);
        var wallStart = System.nanoTime();
        for (int i = 0; i < loops; i++) {
            driver.get(base + paths.get(i % paths.size()));
            awaitVaadin(driver);
            if (i % 50 == 49) {
                driver.manage().logs().get(LogType.PERFORMANCE);
            }
        }
        var spent = cpuMillis(pid) - before;
        System.out.printf(
                "server CPU per page load over %d loads of %s: %.1f ms (wall %.0f ms per load)%n",
                loops, paths, (double) spent / loops, (System.nanoTime() - wallStart) / 1e6 / loops);
    }

    /** User plus system CPU time of a process, from /proc/PID/stat, in milliseconds. */
    private static long cpuMillis(long pid) throws Exception {
        var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private static void awaitVaadin(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60))
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                                                        + " && !!window.Vaadin.Flow.clients && Object.keys(window.Vaadin.Flow.clients).length > 0"
                                                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
    }

    private static void report(String title, ChromeDriver driver) throws Exception {
        Map<String, Response> responses = new LinkedHashMap<>();
        for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            var message = JSON.readTree(entry.getMessage()).path("message");
            var params = message.path("params");
            var id = params.path("requestId").asString("");
            switch (message.path("method").asString("")) {
                case "Network.requestWillBeSent" -> {
                    var request = params.path("request");
                    responses.computeIfAbsent(id, k -> new Response()).name = request.path("method")
                                    .asString() + " " + request.path("url").asString();
                    if (Boolean.getBoolean("bodies") && request.has("postData")) {
                        System.out.println(
                                "POST body: " + request.path("postData").asString());
                    }
                }
                case "Network.responseReceived" ->
                    responses.computeIfAbsent(id, k -> new Response()).encoding =
                            header(params.path("response").path("headers"), "content-encoding");
                case "Network.dataReceived" ->
                    responses.computeIfAbsent(id, k -> new Response()).decoded +=
                            params.path("dataLength").asLong();
                case "Network.loadingFinished" ->
                    responses.computeIfAbsent(id, k -> new Response()).wire =
                            params.path("encodedDataLength").asLong();
                default -> {}
            }
        }
        var list = new ArrayList<>(responses.values());
        // only the server's responses: not data: URLs nor the browser's own pages
        list.removeIf(r -> r.name == null || !r.name.contains(" http"));
        list.sort(Comparator.comparingLong((Response r) -> r.wire).reversed());
        System.out.printf(
                "%n== %s: %d responses, %,d bytes on the wire, %,d bytes decoded%n",
                title,
                list.size(),
                list.stream().mapToLong(r -> r.wire).sum(),
                list.stream().mapToLong(r -> r.decoded).sum());
        list.stream()
                .limit(12)
                .forEach(r -> System.out.printf(
                        "%,10d %,10d  %-5s %s%n",
                        r.wire, r.decoded, r.encoding, r.name.length() > 110 ? r.name.substring(0, 110) : r.name));
    }

    private static String header(JsonNode headers, String name) {
        for (var it = headers.properties().iterator(); it.hasNext(); ) {
            var header = it.next();
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue().asString();
            }
        }
        return "-";
    }

    private static ChromeDriver start() throws Exception {
        var options = new ChromeOptions();
        options.setBinary(Chrome.BINARY);
        var profile = Files.createTempDirectory("page-weight-");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=en-US",
                "--window-size=1280,800",
                "--user-data-dir=" + profile);
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Chrome.DRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static final class Response {
        String name;
        String encoding = "-";
        long decoded;
        long wire;
    }
}
