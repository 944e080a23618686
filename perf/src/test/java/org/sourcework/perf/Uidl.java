package org.sourcework.perf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One browser tab's view of a Vaadin UI, rebuilt from the server's UIDL responses the way Flow's client
 * does: the ui id, the CSRF token, the sync and client ids, and enough of the element tree (tag, id
 * attribute, attributes, children, listeners) to find the element a person would use and send an
 * event to its current node id. A recording with fixed node ids would break with any change to a view.
 * <p>
 * Features by number, from Flow's NodeFeatureRegistry: 0 element data (tag), 1 properties, 2 children,
 * 3 attributes, 4 listeners.
 */
final class Uidl {

    static final ObjectMapper JSON = new ObjectMapper();

    /** What Vaadin puts in a 200 response when the request did not do what it asked. */
    private static final List<String> FAILURES = List.of("\"appError\"", "\"sessionExpired\"", "Session expired",
            "\"async\"", "\"resynchronize\"");

    final int uiId;
    final String csrfToken;
    /**
     * Seconds between the heartbeats Flow's client sends while the page is open (the init answer's
     * heartbeatInterval). Only heartbeats keep a UI alive: a UI without one for three intervals is
     * closed, however many UIDL requests it sent, and its next request is answered "sessionExpired".
     */
    private final int heartbeatSeconds;
    private long lastHeartbeat = System.currentTimeMillis();
    private int syncId;
    private int clientId;
    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    private Uidl(int uiId, String csrfToken, int heartbeatSeconds) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.heartbeatSeconds = heartbeatSeconds;
    }

    /** From the answer to {@code ?v-r=init}. */
    static Uidl init(String body) {
        var config = read(body).path("appConfig");
        var uidl = config.path("uidl");
        var ui = new Uidl(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asText(),
                config.path("heartbeatInterval").asInt(300));
        ui.apply(uidl);
        return ui;
    }

    /** Whether the browser's heartbeat timer would have fired since the last heartbeat (or the page load). */
    boolean heartbeatDue() {
        return heartbeatSeconds > 0 && System.currentTimeMillis() - lastHeartbeat >= heartbeatSeconds * 1000L;
    }

    void heartbeatSent() {
        lastHeartbeat = System.currentTimeMillis();
    }

    /** Why a UIDL answer is not a success, if it is not: Vaadin answers 200 with the error inside. */
    static Optional<String> failure(String body) {
        return FAILURES.stream().filter(body::contains).findFirst()
                .map(marker -> "UIDL answer with " + marker + ": " + body.substring(0, Math.min(300, body.length())));
    }

    /** Applies a UIDL answer; throws if it is out of sequence or an error. */
    void update(String body) {
        failure(body).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        apply(read(body));
    }

    /** The next client-to-server message, carrying these calls; counts it as sent. */
    String message(ArrayNode rpc) {
        return messageNode(rpc).toString();
    }

    private ObjectNode messageNode(ArrayNode rpc) {
        var message = JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message;
    }

    /**
     * What Flow's client sends in its beacon when the browser leaves the page (pagehide): the server
     * closes the UI at once instead of keeping it until its heartbeats stop.
     */
    String unloadMessage() {
        var message = messageNode(rpc());
        message.put("UNLOAD", true);
        return message.toString();
    }

    /** The page's script calling a server method ({@code this.$server.name()}), with no arguments. */
    ArrayNode call(int node, String method) {
        var call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", JSON.createArrayNode());
        call.put("promise", 0);
        return rpc().add(call);
    }

    ArrayNode rpc() {
        return JSON.createArrayNode();
    }

    /** The router's navigation, as the client sends it when a link is followed. */
    ArrayNode navigate(String route) {
        var data = JSON.createObjectNode();
        data.put("route", route.startsWith("/") ? route : "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return rpc().add(event(1, "ui-navigate", data));
    }

    /** A click on an element, with the event data its click listener asked for. */
    ArrayNode click(int node) {
        var data = JSON.createObjectNode();
        for (var expression : listenerExpressions(node, "click")) {
            if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else if (expression.startsWith("event.")) {
                data.put(expression, expression.equals("event.detail") ? 1 : 0);
            }
        }
        return rpc().add(event(node, "click", data));
    }

    /** Typing into a field: its value synchronised, then the event that synchronises it. */
    ArrayNode type(int node, String value, String event) {
        var sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        var data = JSON.createObjectNode();
        if (event.equals("input")) {
            // Flow's client sends the debounce phase of a lazy value change
            data.put("1", 1);
            data.put("for", "trailing");
        }
        return rpc().add(sync).add(event(node, event, data));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        var event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    /** The node of the attached element with this id attribute. */
    Optional<Integer> byId(String id) {
        return find(node -> id.equals(node.attributes.get("id")));
    }

    /**
     * The element with this id or, in a build from before the id was given (the "before" jars of
     * docs/performance.md), the {@code nth} element with this tag and, if given, attribute value.
     */
    Optional<Integer> byIdOr(String id, String tag, int nth, String attribute, String value) {
        return byId(id).or(() -> attached().stream().filter(node -> tag.equals(node.tag))
                .filter(node -> attribute == null || value.equals(node.attributes.get(attribute)))
                .skip(nth).findFirst().map(node -> node.id));
    }

    /** The first attached element with this class name. */
    Optional<Integer> byClass(String className) {
        return find(node -> node.classes.contains(className));
    }

    Optional<Integer> find(Predicate<Node> test) {
        return attached().stream().filter(test).map(node -> node.id).findFirst();
    }

    /** Every element under {@code root} (itself included) with this tag, in document order. */
    List<Integer> descendants(int root, String tag) {
        var found = new ArrayList<Integer>();
        collect(nodes.get(root), tag, found);
        return found;
    }

    private void collect(Node node, String tag, List<Integer> found) {
        if (node == null) {
            return;
        }
        if (tag.equals(node.tag)) {
            found.add(node.id);
        }
        node.children.forEach(child -> collect(nodes.get(child), tag, found));
    }

    Optional<String> attribute(Integer node, String name) {
        return Optional.ofNullable(nodes.get(node)).map(n -> n.attributes.get(name));
    }

    /** Elements reachable from the UI's root: a detached node may linger in this map. */
    List<Node> attached() {
        var found = new ArrayList<Node>();
        walk(nodes.get(1), found);
        return found;
    }

    private void walk(Node node, List<Node> found) {
        if (node == null) {
            return;
        }
        found.add(node);
        node.children.forEach(child -> walk(nodes.get(child), found));
        node.virtual.forEach(child -> walk(nodes.get(child), found));
    }

    private List<String> listenerExpressions(int node, String event) {
        var hash = Optional.ofNullable(nodes.get(node)).map(n -> n.listeners.get(event)).orElse(null);
        var names = new ArrayList<String>();
        if (hash != null && constants.containsKey(hash)) {
            constants.get(hash).fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static JsonNode read(String body) {
        var json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            var tree = JSON.readTree(json);
            return tree.isArray() ? tree.get(0) : tree;
        } catch (Exception e) {
            throw new IllegalStateException("not a UIDL answer: " + json.substring(0, Math.min(200, json.length())), e);
        }
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.path("clientId").asInt();
        }
        uidl.path("constants").fields().forEachRemaining(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (var change : uidl.path("changes")) {
            var node = nodes.computeIfAbsent(change.path("node").asInt(), Node::new);
            var feature = change.path("feat").asInt(-1);
            switch (change.path("type").asText()) {
                case "put" -> put(node, feature, change);
                case "remove" -> {
                    if (feature == 3) {
                        node.attributes.remove(change.path("key").asText());
                    }
                }
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == 2) {
                        node.children.clear();
                    } else if (feature == 11) {
                        node.classes.clear();
                    }
                }
                case "detach" -> nodes.remove(node.id);
                default -> { }
            }
        }
    }

    private static void put(Node node, int feature, JsonNode change) {
        var key = change.path("key").asText();
        var value = change.path("value");
        switch (feature) {
            case 0 -> {
                if (key.equals("tag")) {
                    node.tag = value.asText();
                }
            }
            // a resource (an upload's target, a download's href) comes as {"uri": ...}
            case 3 -> node.attributes.put(key, value.has("uri") ? value.path("uri").asText()
                    : value.isTextual() ? value.asText() : value.toString());
            case 4 -> node.listeners.put(key, value.asText());
            default -> { }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        if (feature == 11) {
            // the class list: values, not nodes
            splice(node.classes, index, remove, change.path("add"), JsonNode::asText);
            return;
        }
        // 2: children; 24: the virtual children (where the view's container hangs)
        var list = feature == 2 ? node.children : feature == 24 ? node.virtual : null;
        if (list != null) {
            splice(list, index, remove, change.path("addNodes"), JsonNode::asInt);
        }
    }

    private static <T> void splice(List<T> list, int index, int remove, JsonNode added,
            java.util.function.Function<JsonNode, T> value) {
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        var values = new ArrayList<T>();
        added.forEach(item -> values.add(value.apply(item)));
        list.addAll(Math.min(index, list.size()), values);
    }

    static final class Node {
        final int id;
        String tag;
        final Map<String, String> attributes = new HashMap<>();
        final Map<String, String> listeners = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtual = new ArrayList<>();
        final List<String> classes = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }
    }
}
