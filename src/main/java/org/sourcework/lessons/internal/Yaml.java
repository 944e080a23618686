package org.sourcework.lessons.internal;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.sourcework.base.Message;

/**
 * Reads a YAML file into SnakeYAML Engine's node tree, which keeps the line of every value.
 * SnakeYAML Engine reads YAML 1.2, where {@code no} and {@code off} stay text.
 */
final class Yaml {

    private Yaml() {}

    /** The file's top-level mapping, or empty after reporting why there is none. */
    static Optional<YamlMap> readMapping(String text, String fileName, FileProblems problems) {
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel(problems.path()).build()).composeString(text);
        } catch (MarkedYamlEngineException e) {
            problems.error(line(e), Message.of("lesson.problem.yaml", describe(e)));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(1, Message.of("lesson.problem.yaml-reader", String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        if (root.isEmpty()) {
            problems.error(1, Message.of("lesson.problem.empty-file"));
            return Optional.empty();
        }
        return YamlMap.of(root.get(), Message.of("lesson.what.file", fileName), problems);
    }

    /** An unclosed quotation mark is noticed only at the end of the file; point at where it opened. */
    private static int line(MarkedYamlEngineException e) {
        var mark = unclosedQuote(e)
                ? e.getContextMark().or(e::getProblemMark)
                : e.getProblemMark().or(e::getContextMark);
        return mark.map(found -> found.getLine() + 1).orElse(1);
    }

    /** What went wrong and how to fix it, in words for teachers where the YAML reader's are technical. */
    private static Message describe(MarkedYamlEngineException e) {
        var problem = e.getProblem() == null ? "" : e.getProblem().strip();
        if (unclosedQuote(e)) {
            return Message.of("lesson.yaml.unclosed-quote");
        }
        if (problem.startsWith("expected <block end>")) {
            return Message.of("lesson.yaml.indentation");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return Message.of("lesson.yaml.colon");
        }
        if (problem.contains("(TAB)")) {
            return Message.of("lesson.yaml.tab");
        }
        var context = e.getContext() == null ? "" : " (" + e.getContext().strip() + ")";
        // the YAML reader's own words, in English, are all there is to quote
        return Message.of("lesson.yaml.other", problem + context);
    }

    private static boolean unclosedQuote(MarkedYamlEngineException e) {
        return e.getContext() != null
                && e.getContext().contains("quoted scalar")
                && e.getProblem() != null
                && e.getProblem().contains("end of stream");
    }
}
