package org.sourcework.review;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Rubric levels (criterion id to chosen score) as the feedback table's JSON column holds them. */
public final class LevelsCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LevelsCodec() {}

    public static @Nullable String encode(Map<String, Integer> levels) {
        return levels.isEmpty() ? null : JSON.writeValueAsString(levels);
    }

    public static Map<String, Integer> decode(@Nullable String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        return JSON.readValue(stored, new TypeReference<LinkedHashMap<String, Integer>>() {});
    }
}
