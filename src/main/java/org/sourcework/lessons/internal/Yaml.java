package org.sourcework.lessons.internal;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

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
            problems.error(line(e), "the file is not valid YAML: " + describe(e));
            return Optional.empty();
        } catch (YamlEngineException e) {
            problems.error(1, "the file is not valid YAML: " + e.getMessage() + ".");
            return Optional.empty();
        }
        if (root.isEmpty()) {
            problems.error(1, "the file is empty. Write the lesson's fields in it as described in lessons/README.md.");
            return Optional.empty();
        }
        return YamlMap.of(root.get(), fileName, problems);
    }

    /** An unclosed quotation mark is noticed only at the end of the file; point at where it opened. */
    private static int line(MarkedYamlEngineException e) {
        var mark = unclosedQuote(e)
                ? e.getContextMark().or(e::getProblemMark)
                : e.getProblemMark().or(e::getContextMark);
        return mark.map(found -> found.getLine() + 1).orElse(1);
    }

    /** What went wrong and how to fix it, in words for teachers where the YAML reader's are technical. */
    private static String describe(MarkedYamlEngineException e) {
        var problem = e.getProblem() == null ? "" : e.getProblem().strip();
        if (unclosedQuote(e)) {
            return "a quotation mark opened on this line is never closed. Close it at the end of the text.";
        }
        if (problem.startsWith("expected <block end>")) {
            return "this line is not indented like the lines before it. Line it up, with spaces, under the other"
                    + " fields of the same item.";
        }
        if (problem.startsWith("mapping values are not allowed")) {
            return "this line has a ': ' where no new field can start. Put the text in quotation marks.";
        }
        if (problem.contains("(TAB)")) {
            return "this line is indented with a tab. Indent with spaces only.";
        }
        var context = e.getContext() == null ? "" : " (" + e.getContext().strip() + ")";
        return problem + context + ". Check the indentation, and put text that contains ': ' or ' #' in quotation"
                + " marks.";
    }

    private static boolean unclosedQuote(MarkedYamlEngineException e) {
        return e.getContext() != null
                && e.getContext().contains("quoted scalar")
                && e.getProblem() != null
                && e.getProblem().contains("end of stream");
    }
}
