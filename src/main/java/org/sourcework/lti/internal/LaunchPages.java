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
        var title = messages.getMessage("lti.frame.title", null, locale);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s | Sourcework</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem;">
                <main><h1>%s</h1><p>%s</p>
                <p><a id="new-window" href="%s" target="_blank" rel="noopener" style="display: inline-block;
                padding: 0.6rem 1rem; border-radius: 0.3rem; background: #1a5fb4; color: #fff; font-weight: 600;">%s</a></p>
                <p>%s</p></main></body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(language(locale)),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.frame.text", null, locale)),
                        HtmlUtils.htmlEscape(loginUrl),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.frame.open", null, locale)),
                        HtmlUtils.htmlEscape(messages.getMessage("lti.frame.next", null, locale))));
    }

    private static String language(java.util.Locale locale) {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    void problem(LaunchProblem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = request.getLocale();
        var title = messages.getMessage("lti.problem.title", null, locale);
        var text = messages.getMessage(problem.key(), null, locale);
        var next = messages.getMessage("lti.problem.next", null, locale);
        response.setStatus(
                switch (problem) {
                    case ACCOUNT_DISABLED -> HttpServletResponse.SC_FORBIDDEN;
                    case SERVER_FAULT -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
                    default -> HttpServletResponse.SC_BAD_REQUEST;
                });
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
                <title>%s | Sourcework</title></head>
                <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem;">
                <main><h1>%s</h1><p id="problem" data-problem="%s">%s</p><p>%s</p></main></body></html>
                """.formatted(
                        HtmlUtils.htmlEscape(locale.getLanguage().isEmpty() ? "en" : locale.getLanguage()),
                        HtmlUtils.htmlEscape(title),
                        HtmlUtils.htmlEscape(title),
                        problem.name().toLowerCase(java.util.Locale.ROOT),
                        HtmlUtils.htmlEscape(text),
                        HtmlUtils.htmlEscape(next)));
    }
}
