package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcework.base.Message;
import org.sourcework.lessons.Headnote;
import org.sourcework.lessons.RelatedSource;

/**
 * Reads the parts of {@code lesson.yaml} that name other sources: {@code related} (sources to
 * compare with, published elsewhere) and {@code documents} (further documents of the lesson, each in
 * a file of the lesson folder).
 */
final class LessonSources {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern FILE = Pattern.compile("[a-z0-9][a-z0-9-]*\\.md");

    /** A further document as {@code lesson.yaml} names it; its files are read later. */
    record DocumentEntry(
            String id, String file, String adaptedFile, Headnote headnote, int line, int fileLine, int adaptedLine) {}

    private LessonSources() {}

    /**
     * @param ids every id declared, also of entries with a mistake (already reported), so that
     *            questions naming them are not reported again
     */
    record Related(List<RelatedSource> sources, Set<String> ids) {}

    static Related related(YamlMap yaml) {
        var related = new ArrayList<RelatedSource>();
        var lines = new HashMap<String, Integer>();
        for (var entry : yaml.maps("related", false, position -> Message.of("lesson.what.related-source", position))) {
            entry.allowOnly(List.of("id", "title", "date", "author", "citation", "link", "note"));
            var id = checkedId(entry, lines, "related-source");
            var named = id == null ? entry : entry.named(Message.of("lesson.what.related-source-named", id));
            var title = named.text("title");
            var date = named.text("date");
            var author = named.text("author");
            var citation = named.text("citation");
            var link = named.scalar("link");
            var note = named.scalar("note");
            if (link != null && !link.value().startsWith("https://")) {
                entry.problems().error(link.line(), Message.of("lesson.problem.link", named.what(), link.value()));
                link = null;
            }
            if (id != null
                    && title != null
                    && date != null
                    && author != null
                    && citation != null
                    && link != null
                    && note != null) {
                related.add(new RelatedSource(id, title, date, author, citation, link.value(), note.value()));
            }
        }
        return new Related(related, Set.copyOf(lines.keySet()));
    }

    static List<DocumentEntry> documents(YamlMap yaml) {
        var documents = new ArrayList<DocumentEntry>();
        var lines = new HashMap<String, Integer>();
        for (var entry : yaml.maps("documents", false, position -> Message.of("lesson.what.document", position))) {
            entry.allowOnly(List.of("id", "file", "adapted", "headnote"));
            var id = checkedId(entry, lines, "document");
            var named = id == null ? entry : entry.named(Message.of("lesson.what.document-named", id));
            var file = fileName(named, "file", true);
            var adapted = fileName(named, "adapted", false);
            var headnote = named.map("headnote", true, Message.of("lesson.what.headnote-of", named.what()))
                    .map(LessonFileReader::headnote)
                    .orElse(null);
            if (id != null && file != null && headnote != null) {
                documents.add(new DocumentEntry(
                        id,
                        file,
                        adapted,
                        headnote,
                        entry.line(),
                        entry.lineOf("file"),
                        adapted == null ? 0 : entry.lineOf("adapted")));
            }
        }
        return documents;
    }

    private static String checkedId(YamlMap entry, HashMap<String, Integer> lines, String kind) {
        var id = entry.text("id");
        if (id == null) {
            return null;
        }
        if (!ID.matcher(id).matches() || id.equals("headnote")) {
            entry.problems().error(entry.lineOf("id"), Message.of("lesson.problem." + kind + "-id-form", id));
            return null;
        }
        var first = lines.putIfAbsent(id, entry.lineOf("id"));
        if (first != null) {
            entry.problems().error(entry.lineOf("id"), Message.of("lesson.problem." + kind + "-id-used", id, first));
            return null;
        }
        return id;
    }

    private static String fileName(YamlMap entry, String key, boolean required) {
        var name = required ? entry.scalar(key) : entry.optionalScalar(key);
        if (name == null) {
            return null;
        }
        if (!FILE.matcher(name.value()).matches()
                || LessonParser.FILES.contains(name.value())
                || LessonParser.ADAPTED_FILE.equals(name.value())) {
            entry.problems()
                    .error(name.line(), Message.of("lesson.problem.document-file-name", entry.what(), name.value()));
            return null;
        }
        return name.value();
    }
}
