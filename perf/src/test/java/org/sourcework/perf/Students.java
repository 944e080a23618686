package org.sourcework.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The students {@link Prepare} made ready, each handed to one virtual user. */
final class Students {

    private Students() {
    }

    /** The first {@code count} prepared students, each once. */
    static Iterator<Map<String, Object>> feeder(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            var lines = Files.readAllLines(Settings.STUDENTS_FILE);
            for (var line : lines.subList(1, lines.size())) {
                var cells = line.split(",", 2);
                var row = new HashMap<String, Object>();
                row.put("username", cells[0]);
                row.put("password", cells[1]);
                rows.add(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException("run the Prepare simulation first: no " + Settings.STUDENTS_FILE, e);
        }
        if (rows.size() < count) {
            throw new IllegalStateException(Settings.STUDENTS_FILE + " has " + rows.size() + " students, not " + count);
        }
        return rows.subList(0, count).iterator();
    }
}
