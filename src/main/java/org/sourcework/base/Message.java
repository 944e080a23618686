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
        var pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
        if (arguments.isEmpty()) {
            return pattern;
        }
        var worded = arguments.stream()
                .map(argument -> argument instanceof Message message ? message.inDefaultLanguage() : argument)
                .toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(worded);
    }
}
