package org.sourcework.audit.ui;

import java.time.Instant;
import java.util.List;
import org.sourcework.audit.AuditEntry;
import org.sourcework.audit.AuditWord;
import org.sourcework.base.ui.DateTimes;

/**
 * Words an audit entry as a person would write it, from the bundle's {@code audit.say.*} sentences and
 * {@code audit.word.*} words; instants in the reader's language and time zone.
 */
final class AuditSentences {

    /** Vaadin's {@code getTranslation}: a bundle key and its parts. */
    @FunctionalInterface
    interface Translator {
        String translate(String key, Object... parts);
    }

    private final Translator translator;
    private final DateTimes dates;

    AuditSentences(Translator translator, DateTimes dates) {
        this.translator = translator;
        this.dates = dates;
    }

    String sentence(AuditEntry entry) {
        return translator.translate("audit.say." + entry.sentence(), words(entry.parts()));
    }

    private Object[] words(List<?> parts) {
        return parts.stream().map(this::word).toArray();
    }

    private Object word(Object part) {
        return switch (part) {
            case AuditWord word -> translator.translate("audit.word." + word.key(), words(word.parts()));
            case Instant instant -> dates.dateTime(instant);
            case List<?> list ->
                String.join(
                        translator.translate("audit.word.list-separator"),
                        list.stream().map(this::word).map(String::valueOf).toList());
            default -> part;
        };
    }
}
