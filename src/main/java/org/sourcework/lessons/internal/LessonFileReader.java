package org.sourcework.lessons.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.base.Message;
import org.sourcework.lessons.GlossaryTerm;
import org.sourcework.lessons.Headnote;
import org.sourcework.lessons.LessonSettings;
import org.sourcework.lessons.LessonSettings.Explanations;
import org.sourcework.lessons.LessonSettings.ScoredAttempt;

/** Reads {@code lesson.yaml}: title, central question, headnote, settings and glossary. */
final class LessonFileReader {

    static final int MAX_TITLE_LENGTH = 200;

    private LessonFileReader() {}

    /** The file's content, or empty when a required part is missing (the problems say which). */
    static Optional<LessonFile> read(String text, FileProblems problems) {
        var file = Yaml.readMapping(text, "lesson.yaml", problems);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        var yaml = file.get();
        yaml.allowOnly(
                List.of("title", "central-question", "headnote", "settings", "glossary", "related", "documents"));
        var title = yaml.text("title");
        if (title != null && title.length() > MAX_TITLE_LENGTH) {
            problems.error(
                    yaml.lineOf("title"), Message.of("lesson.problem.title-long", title.length(), MAX_TITLE_LENGTH));
        }
        var centralQuestion = yaml.text("central-question");
        var headnote = yaml.map("headnote", true, Message.of("lesson.what.headnote"))
                .map(LessonFileReader::headnote)
                .orElse(null);
        var settings = yaml.map("settings", false, Message.of("lesson.what.settings"))
                .map(LessonFileReader::settings)
                .orElse(LessonSettings.DEFAULTS);
        var glossary = new ArrayList<GlossaryTerm>();
        var glossaryLines = new ArrayList<Integer>();
        for (var entry : yaml.maps("glossary", false, position -> Message.of("lesson.what.glossary-entry", position))) {
            var term = term(entry);
            if (term != null) {
                glossary.add(term);
                glossaryLines.add(entry.line());
            }
        }
        var related = LessonSources.related(yaml);
        var documents = LessonSources.documents(yaml);
        if (title == null || centralQuestion == null || headnote == null) {
            return Optional.empty();
        }
        return Optional.of(new LessonFile(
                title,
                centralQuestion,
                headnote,
                settings,
                glossary,
                glossaryLines,
                related.sources(),
                related.ids(),
                documents));
    }

    static Headnote headnote(YamlMap yaml) {
        yaml.allowOnly(List.of(
                "sender",
                "recipient",
                "date",
                "date-note",
                "classification",
                "distribution",
                "citation",
                "context",
                "timeline"));
        var sender = yaml.text("sender");
        var recipient = yaml.text("recipient");
        var date = date(yaml);
        var classification = yaml.text("classification");
        var citation = yaml.text("citation");
        var context = yaml.scalar("context");
        var timeline = new ArrayList<Headnote.TimelineEntry>();
        for (var entry : yaml.maps("timeline", false, position -> Message.of("lesson.what.timeline-entry", position))) {
            entry.allowOnly(List.of("when", "event"));
            var when = entry.text("when");
            var event = entry.text("event");
            if (when != null && event != null) {
                timeline.add(new Headnote.TimelineEntry(when, event));
            }
        }
        if (sender == null
                || recipient == null
                || date == null
                || classification == null
                || citation == null
                || context == null) {
            return null;
        }
        return new Headnote(
                sender,
                recipient,
                date,
                yaml.optionalText("date-note"),
                classification,
                yaml.optionalText("distribution"),
                citation,
                Prose.paragraphs(context.value()),
                timeline);
    }

    private static LocalDate date(YamlMap yaml) {
        var date = yaml.scalar("date");
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date.value());
        } catch (DateTimeParseException e) {
            yaml.problems().error(date.line(), Message.of("lesson.problem.date", date.value()));
            return null;
        }
    }

    private static LessonSettings settings(YamlMap yaml) {
        yaml.allowOnly(List.of("gated", "explanations", "scored-attempt", "immediate-feedback"));
        var gated = yaml.flag("gated", LessonSettings.DEFAULTS.gated());
        var explanations = LessonSettings.DEFAULTS.explanations();
        var older = yaml.optionalScalar("immediate-feedback");
        if (older != null) {
            explanations = new LessonSettings(gated, yaml.flag("immediate-feedback", true)).explanations();
            if (yaml.optionalScalar("explanations") != null) {
                yaml.problems().error(older.line(), Message.of("lesson.problem.settings-both"));
            }
        }
        explanations = oneOf(yaml, "explanations", Explanations.class, explanations);
        var scored = oneOf(yaml, "scored-attempt", ScoredAttempt.class, LessonSettings.DEFAULTS.scoredAttempt());
        return new LessonSettings(gated, explanations, scored);
    }

    /** One of an enum's values, written in lower case with hyphens ({@code after-check}). */
    private static <E extends Enum<E>> E oneOf(YamlMap yaml, String key, Class<E> type, E fallback) {
        var scalar = yaml.optionalScalar(key);
        if (scalar == null) {
            return fallback;
        }
        var allowed = Arrays.stream(type.getEnumConstants())
                .collect(Collectors.toMap(
                        value -> value.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        Function.identity(),
                        (a, b) -> a,
                        LinkedHashMap::new));
        var chosen = allowed.get(scalar.value().strip().toLowerCase(Locale.ROOT));
        if (chosen == null) {
            yaml.problems()
                    .error(
                            scalar.line(),
                            Message.of(
                                    "lesson.problem.not-one-of",
                                    key,
                                    yaml.what(),
                                    String.join(", ", allowed.keySet()),
                                    scalar.value()));
            return fallback;
        }
        return chosen;
    }

    private static GlossaryTerm term(YamlMap yaml) {
        yaml.allowOnly(List.of("term", "matches", "definition"));
        var term = yaml.text("term");
        var named = term == null ? yaml : yaml.named(Message.of("lesson.what.glossary-term", term));
        var definition = named.text("definition");
        var matches = named.texts("matches", false).stream()
                .map(Scalar::value)
                .filter(m -> !m.isBlank())
                .toList();
        if (term == null || definition == null) {
            return null;
        }
        return new GlossaryTerm(term, matches.isEmpty() ? List.of(term) : matches, definition);
    }
}
