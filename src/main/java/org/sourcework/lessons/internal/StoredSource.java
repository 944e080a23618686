package org.sourcework.lessons.internal;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A lesson's three files as the one JSON object ({@code {"lesson.yaml": "…", …}}) of lesson_version.source. */
final class StoredSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {};

    private StoredSource() {}

    static String encode(Map<String, String> files) {
        return JSON.writeValueAsString(new TreeMap<>(files));
    }

    static Map<String, String> decode(String source) {
        return JSON.readValue(source, FILES);
    }
}
