package org.sourcework.lti.platform;

import com.nimbusds.jose.JOSEException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.support.RunAs;

/**
 * A test platform registered both ways with the app running on a port, as the two administrators would
 * do it: the school's administrator registers the platform in Sourcework, the platform's administrator
 * enters where the tool publishes its keys. What the tests that launch over real HTTP start from.
 */
public final class RegisteredPlatform implements AutoCloseable {

    private final TestPlatform platform;
    private final String toolUrl;
    private final long id;
    private final AtomicInteger hints = new AtomicInteger();

    private RegisteredPlatform(TestPlatform platform, String toolUrl, long id) {
        this.platform = platform;
        this.toolUrl = toolUrl;
        this.id = id;
    }

    /** Starts a test platform and registers it under this name with the app on this port. */
    public static RegisteredPlatform register(String name, int port, RunAs runAs, LtiPlatformService platforms)
            throws IOException, JOSEException {
        var platform = new TestPlatform();
        try {
            var toolUrl = "http://localhost:" + port;
            platform.trustToolKeysAt(toolUrl + "/lti/jwks");
            long id = runAs.user("admin", () -> platforms.register(null, platform.details(name)))
                    .id();
            return new RegisteredPlatform(platform, toolUrl, id);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public TestPlatform platform() {
        return platform;
    }

    /** The platform's id in Sourcework. */
    public long id() {
        return id;
    }

    /** A new browser, with no cookies yet, for the app. */
    public LaunchBrowser browser() {
        return new LaunchBrowser(toolUrl);
    }

    /** A login hint not used before on this platform. */
    public String nextHint() {
        return "hint-" + hints.incrementAndGet();
    }

    /** This launch from the platform, in this browser, under a login hint of its own. */
    public LaunchBrowser.Outcome launch(LaunchBrowser browser, Launch launch) throws IOException, InterruptedException {
        var loginHint = nextHint();
        platform.prepare(loginHint, launch);
        return browser.launch(platform, loginHint);
    }

    /** This launch from the platform in a new browser. */
    public LaunchBrowser.Outcome launch(Launch launch) throws IOException, InterruptedException {
        return launch(browser(), launch);
    }

    @Override
    public void close() {
        platform.close();
    }
}
