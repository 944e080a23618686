package org.sourcework.lti.platform;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sourcework.lti.LtiPlatformService;
import org.sourcework.support.RunAs;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test platform registered both ways with the test class's running app, as the two administrators would
 * do it: the school's administrator registers the platform in Sourcework, the platform's administrator
 * enters where the tool publishes its keys. What the tests that launch over real HTTP start from: a
 * field {@code @RegisterExtension final RegisteredPlatform lms = new RegisteredPlatform("Some LMS");} in
 * a {@code PER_CLASS} test with a web server starts it before the class's tests and stops it after.
 */
public final class RegisteredPlatform implements BeforeAllCallback, AfterAllCallback {

    private final String name;
    private final AtomicInteger hints = new AtomicInteger();
    private TestPlatform platform;
    private String toolUrl;
    private long id;

    /** The platform as registered under this name. */
    public RegisteredPlatform(String name) {
        this.name = name;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        var app = SpringExtension.getApplicationContext(context);
        toolUrl = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
        platform = new TestPlatform();
        platform.trustToolKeysAt(toolUrl + "/lti/jwks");
        var platforms = app.getBean(LtiPlatformService.class);
        id = app.getBean(RunAs.class)
                .user("admin", () -> platforms.register(null, platform.details(name)))
                .id();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (platform != null) {
            platform.close();
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
    public LaunchBrowser.Outcome launch(LaunchBrowser browser, Launch launch) throws Exception {
        var loginHint = nextHint();
        platform.prepare(loginHint, launch);
        return browser.launch(platform, loginHint);
    }

    /** This launch from the platform in a new browser. */
    public LaunchBrowser.Outcome launch(Launch launch) throws Exception {
        return launch(browser(), launch);
    }

    /** This launch of an activity with these custom parameters (as deep linking made it), in a new browser. */
    public LaunchBrowser.Outcome launch(Launch launch, Map<String, String> custom) throws Exception {
        var loginHint = nextHint();
        platform.prepare(loginHint, launch, custom);
        return browser().launch(platform, loginHint);
    }
}
