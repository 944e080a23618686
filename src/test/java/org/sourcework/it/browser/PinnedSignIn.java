package org.sourcework.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.Cookie;
import org.sourcework.it.HaProxy;

/** Signs a browser in through HAProxy on the node of the test's choice, with HAProxy's own cookie. */
final class PinnedSignIn {

    static final String COOKIE = "SOURCEWORK_NODE";

    private PinnedSignIn() {}

    /** A fresh browser session pinned to {@code node} ({@code a}, {@code b}) through HAProxy's cookie, signed in. */
    static void signInOn(HaProxy proxy, AppPage page, String node, String username, String password) {
        // HAProxy sends a pinned browser elsewhere while it counts the node as down
        proxy.awaitServer(node, "UP");
        // a plain stylesheet, not a Vaadin page: no request of a page may still be on its way and bring
        // back the other node's cookie after this one is set
        page.driver().get("http://localhost:" + proxy.port() + "/styles/analytics.css");
        page.driver().manage().deleteAllCookies();
        page.driver().manage().addCookie(new Cookie(COOKIE, node));
        page.signIn(username, password);
        assertThat(page.driver().manage().getCookieNamed(COOKIE).getValue()).isEqualTo(node);
    }
}
