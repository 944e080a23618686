package org.sourcework.audit.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcework.audit.AuditNames;
import org.sourcework.audit.AuditWord;
import org.springframework.stereotype.Component;

/**
 * Puts names in place of the {@link NameRef}s of a page of readings, asking each feature once per kind
 * and step (a page of any length costs a handful of queries), and says plainly when a thing is gone.
 */
@Component
public class EntryNamer {

    private final Map<String, AuditNames> byKind = new HashMap<>();

    public EntryNamer(List<AuditNames> sources) {
        for (var source : sources) {
            source.kinds().forEach(kind -> byKind.put(kind, source));
        }
    }

    /** The kinds some feature names; the rest are always "gone". */
    public Set<String> kinds() {
        return Set.copyOf(byKind.keySet());
    }

    public List<EntryReader.Reading> name(Collection<EntryReader.Reading> readings) {
        var refs = new HashSet<NameRef>();
        readings.forEach(reading -> collect(reading.parts(), refs));
        // the key each ref has reached so far; null once its thing is gone
        var reached = new HashMap<NameRef, String>();
        refs.forEach(ref -> reached.put(ref, ref.key()));
        var steps = refs.stream().mapToInt(ref -> ref.path().size()).max().orElse(0);
        for (int step = 0; step < steps; step++) {
            var wanted = new HashMap<String, Set<String>>();
            for (var ref : refs) {
                if (ref.path().size() > step && reached.get(ref) != null) {
                    wanted.computeIfAbsent(ref.path().get(step), kind -> new HashSet<>())
                            .add(reached.get(ref));
                }
            }
            var found = new HashMap<String, Map<String, String>>();
            wanted.forEach((kind, keys) ->
                    found.put(kind, byKind.containsKey(kind) ? byKind.get(kind).names(kind, keys) : Map.of()));
            for (var ref : refs) {
                if (ref.path().size() > step && reached.get(ref) != null) {
                    reached.put(ref, found.get(ref.path().get(step)).get(reached.get(ref)));
                }
            }
        }
        return readings.stream()
                .map(reading -> new EntryReader.Reading(reading.sentence(), replace(reading.parts(), reached)))
                .toList();
    }

    private static void collect(List<?> parts, Set<NameRef> refs) {
        for (var part : parts) {
            switch (part) {
                case NameRef ref -> refs.add(ref);
                case AuditWord word -> collect(word.parts(), refs);
                case List<?> list -> collect(list, refs);
                default -> {}
            }
        }
    }

    private static List<Object> replace(List<?> parts, Map<NameRef, String> reached) {
        var replaced = new ArrayList<Object>(parts.size());
        for (var part : parts) {
            replaced.add(
                    switch (part) {
                        case NameRef ref when reached.get(ref) != null -> reached.get(ref);
                        case NameRef ref when ref.otherwise() != null -> ref.otherwise();
                        case NameRef ref -> AuditWord.of("gone." + ref.kind());
                        case AuditWord word -> new AuditWord(word.key(), replace(word.parts(), reached));
                        case List<?> list -> replace(list, reached);
                        default -> part;
                    });
        }
        return List.copyOf(replaced);
    }
}
