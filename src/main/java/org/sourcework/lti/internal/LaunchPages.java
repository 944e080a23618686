package org.sourcework.lti.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page a refused launch shows, inside the platform's frame: what happened and what to do, in the
 * person's language from the message bundle; never a stack trace. The page is served outside Vaadin, so
 * the bundle is read with Spring's message source, the same file and formatting as Vaadin's provider.
 */
@Component
class LaunchPages {

    private static final String CSP = "Content-Security-Policy";
    private static final java.util.regex.Pattern NONCE = java.util.regex.Pattern.compile("'nonce-([^']+)'");

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    LaunchPages() {
        messages.setBasename("vaadin-i18n/translations");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // a language without its own file gets the bundle's words, not the server's language
        messages.setFallbackToSystemLocale(false);
    }

    /**
     * The browser would not keep Sourcework's cookie inside the platform's frame: rather than a frame that
     * cannot sign anyone in, a link that starts the same launch in a new window.
     */
    void newWindow(String loginUrl, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = request.getLocale();
        response.setStatus(HttpServletResponse.SC_OK);
        write(request, response, messages.getMessage("lti.frame.title", null, locale), """
                <p>%s</p>
                <p><a id="new-window" href="%s" target="_blank" rel="noopener" class="plain-button">%s</a></p>
                <p>%s</p>""".formatted(
                        HtmlUtils.htmlEscape(messages.getMessage("lti.frame.text", null, locale)),
                        HtmlUtils.htmlEscape(loginUrl),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.frame.open", null, locale)),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.frame.next", null, locale))));
    }

    /**
     * A session inside the platform's frame has ended (signed out, or timed out): the frame may not show
     * the sign-in page, and signing in there would not last, so it says how to go on.
     */
    void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = request.getLocale();
        response.setStatus(HttpServletResponse.SC_OK);
        write(request, response, messages.getMessage("lti.session-ended.title", null, locale), """
                <p id="session-ended">%s</p>""".formatted(
                        HtmlUtils.htmlEscape(messages.getMessage("lti.session-ended.text", null, locale))));
    }

    /** A plain page of this title; {@code main} is markup whose text is already escaped. */
    private static void write(HttpServletRequest request, HttpServletResponse response, String title, String main)
            throws IOException {
        var locale = request.getLocale();
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s | Sourcework</title>%s</head>
                <body><header class="plain-brand">Sourcework</header><main><h1>%s</h1>%s</main></body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(language(locale)),
                        HtmlUtils.htmlEscape(title),
                        stylesheet(request),
                        HtmlUtils.htmlEscape(title),
                        main));
    }

    /** The pages' own stylesheet (frontend/styles), which anyone may load. */
    private static String stylesheet(HttpServletRequest request) {
        return "<link rel=\"stylesheet\" href=\"%s/styles/plain-pages.css\">"
                .formatted(HtmlUtils.htmlEscape(request.getContextPath()));
    }

    private static String language(java.util.Locale locale) {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    /**
     * The page that posts the signed deep-linking response to the platform's return address (Deep Linking
     * 2.0, 4.5: a form post with one parameter, JWT). The Content-Security-Policy lets forms post to this
     * page's own server only, so for this one response it also allows the platform's origin; the script
     * that posts it runs by the response's nonce, and the button does it without script.
     */
    void returnToPlatform(String returnUrl, String jwt, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var locale = request.getLocale();
        var policy = response.getHeader(CSP);
        var nonce = policy == null ? null : NONCE.matcher(policy);
        if (policy != null) {
            response.setHeader(CSP, policy.replace("form-action 'self'", "form-action 'self' " + origin(returnUrl)));
        }
        var script = nonce != null && nonce.find()
                ? "<script nonce=\"%s\">document.getElementById('deep-link-return').submit();</script>"
                        .formatted(HtmlUtils.htmlEscape(nonce.group(1)))
                : "";
        var title = messages.getMessage("lti.deep-link.return.title", null, locale);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s | Sourcework</title>%s</head>
                <body><header class="plain-brand">Sourcework</header><main><h1>%s</h1>
                <form id="deep-link-return" method="post" action="%s">
                <input type="hidden" name="JWT" value="%s">
                <p>%s</p><button type="submit">%s</button></form></main>
                %s</body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(language(locale)),
                        HtmlUtils.htmlEscape(title),
                        stylesheet(request),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(returnUrl),
                        HtmlUtils.htmlEscape(jwt),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.deep-link.return.text", null, locale)),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.deep-link.return.button", null, locale)),
                        script));
    }

    /** scheme://host[:port] of an http(s) address, for the policy; anything else is refused. */
    static String origin(String url) {
        var uri = java.net.URI.create(url);
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("not a web address: " + url);
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    void problem(LaunchProblem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = request.getLocale();
        response.setStatus(
                switch (problem) {
                    case ACCOUNT_DISABLED -> HttpServletResponse.SC_FORBIDDEN;
                    case SERVER_FAULT -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                    default -> HttpServletResponse.SC_BAD_REQUEST;
                });
        write(request, response, messages.getMessage("lti.problem.title", null, locale), """
                <p id="problem" data-problem="%s">%s</p><p>%s</p>""".formatted(
                        problem.name().toLowerCase(java.util.Locale.ROOT),
                        HtmlUtils.htmlEscape(messages.getMessage(problem.key(), null, locale)),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.problem.next", null, locale))));
    }
}
