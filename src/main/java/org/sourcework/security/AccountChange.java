package org.sourcework.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a session was ended by an administrator's change to its account. Kept in the fresh session
 * that follows, so the sign-in page can say what happened instead of showing a bare form.
 */
public enum AccountChange {
    DISABLED("login.disabled"),
    CHANGED("login.changed");

    /** The session attribute naming the change; the sign-in page reads it once and removes it. */
    public static final String ATTRIBUTE = AccountChange.class.getName();

    /**
     * A short-lived cookie naming the change, set on the response that ended the session: an open page
     * learns of the end only from that response, and says why from this cookie (base.ui.ConnectionWatch).
     */
    public static final String COOKIE = "sw-account-change";

    private final String messageKey;

    AccountChange(String messageKey) {
        this.messageKey = messageKey;
    }

    /** Translation key prefix: {@code .title} and {@code .message} follow it. */
    public String messageKey() {
        return messageKey;
    }

    void rememberIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, name());
    }

    /** Readable by the page's script, gone after a minute: it only labels the notice of this ending. */
    void tell(HttpServletResponse response) {
        var cookie = new Cookie(COOKIE, name());
        cookie.setPath("/");
        cookie.setMaxAge(60);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The change a session's {@link #ATTRIBUTE} names, if any. */
    public static Optional<AccountChange> named(@Nullable Object attribute) {
        return attribute instanceof String name ? Optional.of(valueOf(name)) : Optional.empty();
    }
}
