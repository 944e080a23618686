package org.sourcework.roster.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.sourcework.base.Message;

/** The columns of a roster file and the header names accepted for each (case does not matter). */
public enum ImportColumn {
    USERNAME("username", true, "username", "user name", "login"),
    DISPLAY_NAME("display name", true, "display name", "displayname", "name", "full name"),
    EMAIL("email", true, "email", "e-mail", "mail", "email address"),
    ROLE("role", true, "role"),
    CLASS("class", false, "class", "class name"),
    TERM("term", false, "term");

    private final Message label;
    private final boolean required;
    private final List<String> names;

    ImportColumn(String label, boolean required, String... names) {
        this.label = Message.of("import.column." + label.replace(' ', '-'));
        this.required = required;
        this.names = List.of(names);
    }

    /**
     * The name problems refer to, in the person's language; the header names a file may use stay as
     * they are, since they are the file's format.
     */
    public Message label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    public List<String> names() {
        return names;
    }

    static Optional<ImportColumn> forHeader(String header) {
        var name = header.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Stream.of(values()).filter(column -> column.names.contains(name)).findFirst();
    }
}
