package org.sourcework.lessons.internal;

import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.sourcework.base.Message;

/** Where a YAML node stands and how to name it in a message. */
final class YamlNodes {

    private YamlNodes() {}

    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(1);
    }

    static Message kind(Node node) {
        return switch (node) {
            case MappingNode ignored -> Message.of("lesson.kind.map");
            case SequenceNode ignored -> Message.of("lesson.kind.list");
            default -> Message.of("lesson.kind.value", ((ScalarNode) node).getValue());
        };
    }

    /** "centralQuestion" and "central_question" are misspellings of "central-question". */
    static boolean looselyEqual(String one, String other) {
        return one.replaceAll("[^A-Za-z0-9]", "").equalsIgnoreCase(other.replaceAll("[^A-Za-z0-9]", ""));
    }
}
