package org.sourcework.base;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Words for a person, as a key of the message bundle ({@code vaadin-i18n/translations.properties})
 * and its arguments, so that services can say what went wrong and each screen says it in the
 * person's language. An argument that is itself a message is worded first, as a role name in a
 * sentence is.
 */
public record Message(String key, List<@Nullable Object> arguments) {

    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static Message of(String key, @Nullable Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /**
     * The words in the bundle's own language, formatted as Vaadin's translation provider formats them:
     * for logs, and for tests that read what a person is told.
     */
    public String inDefaultLanguage() {
        return in(Locale.ROOT);
    }

    /**
     * The words in a person's language, for what a service writes itself, such as a CSV file's header;
     * a language the bundle lacks falls back to the bundle's own, never to the server's.
     */
    public String in(Locale locale) {
        var bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        var pattern = bundle.getString(key);
        if (arguments.isEmpty()) {
            return pattern;
        }
        var worded = arguments.stream()
                .map(argument -> argument instanceof Message message ? message.in(locale) : argument)
                .toArray();
        return new MessageFormat(pattern, locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale).format(worded);
    }
}
