package org.sourcework.lessons.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.sourcework.base.Message;

/**
 * A YAML mapping read field by field. Every reader method reports what is wrong with the field,
 * naming {@code what} ("question 'who-wrote-it'"), and returns null or a fallback so reading goes
 * on and finds the other problems too.
 */
final class YamlMap {

    private final MappingNode node;
    private final Message what;
    private final FileProblems problems;
    private final Map<String, NodeTuple> entries;

    private YamlMap(MappingNode node, Message what, FileProblems problems, Map<String, NodeTuple> entries) {
        this.node = node;
        this.what = what;
        this.problems = problems;
        this.entries = entries;
    }

    static Optional<YamlMap> of(Node node, Message what, FileProblems problems) {
        if (!(node instanceof MappingNode mapping)) {
            problems.error(YamlNodes.line(node), Message.of("lesson.problem.not-a-map", what, YamlNodes.kind(node)));
            return Optional.empty();
        }
        var entries = new LinkedHashMap<String, NodeTuple>();
        for (var tuple : mapping.getValue()) {
            var key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            var first = entries.putIfAbsent(key, tuple);
            if (first != null) {
                problems.error(
                        YamlNodes.line(tuple.getKeyNode()),
                        Message.of("lesson.problem.field-twice", key, what, YamlNodes.line(first.getKeyNode())));
            }
        }
        return Optional.of(new YamlMap(mapping, what, problems, entries));
    }

    /** The same mapping, described differently in messages (once its id is known). */
    YamlMap named(Message newWhat) {
        return new YamlMap(node, newWhat, problems, entries);
    }

    Message what() {
        return what;
    }

    FileProblems problems() {
        return problems;
    }

    int line() {
        return YamlNodes.line(node);
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** The line of the field, or of the mapping when the field is missing. */
    int lineOf(String key) {
        var tuple = entries.get(key);
        return tuple == null ? line() : YamlNodes.line(tuple.getKeyNode());
    }

    /** The field's value; a field written without a value counts as missing. */
    Optional<Node> value(String key) {
        var tuple = entries.get(key);
        if (tuple == null
                || tuple.getValueNode() instanceof ScalarNode scalar
                        && scalar.getTag().equals(Tag.NULL)) {
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** Reports every field not in {@code allowed}, which is most often a misspelt one. */
    void allowOnly(Collection<String> allowed) {
        entries.forEach((key, tuple) -> {
            if (allowed.contains(key)) {
                return;
            }
            var meant = allowed.stream()
                    .filter(name -> YamlNodes.looselyEqual(name, key))
                    .findFirst();
            problems.error(
                    YamlNodes.line(tuple.getKeyNode()),
                    Message.of(
                            "lesson.problem.unknown-field",
                            what,
                            key,
                            meant.map(name -> Message.of("lesson.hint.write-as", name))
                                    .orElse(Message.of("lesson.hint.use-one-of", String.join(", ", allowed)))));
        });
    }

    private void reportMissing(String key, Message hint) {
        // a misspelt field is reported once, as unknown, not also as missing
        if (entries.keySet().stream().noneMatch(written -> YamlNodes.looselyEqual(written, key))) {
            problems.error(lineOf(key), Message.of("lesson.problem.missing-field", what, key, hint));
        }
    }

    /** A required text field; null after reporting it missing. */
    Scalar scalar(String key) {
        var value = value(key);
        if (value.isEmpty()) {
            reportMissing(key, Message.of("lesson.hint.add-field", key));
            return null;
        }
        return toScalar(key, value.get());
    }

    String text(String key) {
        return valueOf(scalar(key));
    }

    Scalar optionalScalar(String key) {
        return value(key).map(value -> toScalar(key, value)).orElse(null);
    }

    String optionalText(String key) {
        return valueOf(optionalScalar(key));
    }

    private static String valueOf(Scalar scalar) {
        return scalar == null ? null : scalar.value();
    }

    /** A required whole number of at least zero; null after reporting the problem. */
    Integer wholeNumber(String key) {
        var scalar = scalar(key);
        return scalar == null ? null : toWholeNumber(key, scalar);
    }

    int wholeNumber(String key, int fallback) {
        var scalar = optionalScalar(key);
        var number = scalar == null ? null : toWholeNumber(key, scalar);
        return number == null ? fallback : number;
    }

    boolean flag(String key, boolean fallback) {
        var scalar = optionalScalar(key);
        if (scalar == null) {
            return fallback;
        }
        if (scalar.value().equalsIgnoreCase("true") || scalar.value().equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(scalar.value());
        }
        problems.error(scalar.line(), Message.of("lesson.problem.not-a-flag", key, what, scalar.value()));
        return fallback;
    }

    /** A list of mappings, each described by {@code itemWhat} (given its position from 1). */
    List<YamlMap> maps(String key, boolean required, IntFunction<Message> itemWhat) {
        var items = new ArrayList<YamlMap>();
        sequence(key, required).ifPresent(sequence -> {
            int position = 1;
            for (var item : sequence.getValue()) {
                of(item, itemWhat.apply(position++), problems).ifPresent(items::add);
            }
        });
        return items;
    }

    /** A list of texts; a single text counts as a list of one. */
    List<Scalar> texts(String key, boolean required) {
        var value = value(key);
        if (value.isPresent() && value.get() instanceof ScalarNode) {
            return List.of(toScalar(key, value.get()));
        }
        var texts = new ArrayList<Scalar>();
        sequence(key, required)
                .ifPresent(sequence -> sequence.getValue().forEach(item -> {
                    var scalar = toScalar(key, item);
                    if (scalar != null) {
                        texts.add(scalar);
                    }
                }));
        return texts;
    }

    Optional<YamlMap> map(String key, boolean required, Message childWhat) {
        var value = value(key);
        if (value.isEmpty()) {
            if (required) {
                scalar(key);
            }
            return Optional.empty();
        }
        return of(value.get(), childWhat, problems);
    }

    private Optional<SequenceNode> sequence(String key, boolean required) {
        var value = value(key);
        if (value.isEmpty()) {
            if (required) {
                reportMissing(key, Message.of("lesson.hint.add-list", key));
            }
            return Optional.empty();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return Optional.of(sequence);
        }
        problems.error(
                YamlNodes.line(value.get()),
                Message.of("lesson.problem.not-a-list", key, what, YamlNodes.kind(value.get())));
        return Optional.empty();
    }

    private Scalar toScalar(String key, Node value) {
        if (value instanceof ScalarNode scalar) {
            return new Scalar(Prose.normalize(scalar.getValue(), scalar.getScalarStyle()), YamlNodes.line(value));
        }
        problems.error(YamlNodes.line(value), Message.of("lesson.problem.not-text", key, what, YamlNodes.kind(value)));
        return null;
    }

    private Integer toWholeNumber(String key, Scalar scalar) {
        if (scalar.value().matches("\\d{1,6}")) {
            return Integer.parseInt(scalar.value());
        }
        problems.error(scalar.line(), Message.of("lesson.problem.not-a-number", key, what, scalar.value()));
        return null;
    }
}
