package org.sourcework.operations;

import java.sql.Clob;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copies rows and sequence positions table by table from one database to another with the same schema. */
final class TableCopier {

    private static final int BATCH = 500;
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    private final Connection from;
    private final Connection to;

    TableCopier(Connection from, Connection to) {
        this.from = from;
        this.to = to;
    }

    /** The target's tables, each after the tables its foreign keys point to. */
    List<String> tablesInDependencyOrder() throws SQLException {
        var parents = new LinkedHashMap<String, Set<String>>();
        for (var table : names(
                to,
                "select table_name from information_schema.tables where table_schema ="
                        + " current_schema() and table_type = 'BASE TABLE' order by table_name")) {
            if (!table.equals(SCHEMA_HISTORY)) {
                parents.put(table, new LinkedHashSet<>());
            }
        }
        for (var table : parents.keySet()) {
            try (var keys = to.getMetaData().getImportedKeys(null, to.getSchema(), table)) {
                while (keys.next()) {
                    var parent = keys.getString("PKTABLE_NAME");
                    if (!parent.equals(table)) {
                        parents.get(table).add(parent);
                    }
                }
            }
        }
        var ordered = new ArrayList<String>();
        while (ordered.size() < parents.size()) {
            var ready = parents.keySet().stream()
                    .filter(table -> !ordered.contains(table))
                    .filter(table -> ordered.containsAll(parents.get(table)))
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("The foreign keys form a cycle among " + parents.keySet());
            }
            ordered.addAll(ready);
        }
        return ordered;
    }

    List<String> tablesWithRows(List<String> tables) throws SQLException {
        var found = new ArrayList<String>();
        for (var table : tables) {
            if (count(to, table) > 0) {
                found.add(table);
            }
        }
        return found;
    }

    /** Copies every row of the table in batches; returns how many. */
    long copy(String table) throws SQLException {
        var columns = names(
                to,
                "select column_name from information_schema.columns where table_schema ="
                        + " current_schema() and table_name = '" + table + "' order by ordinal_position");
        var list = String.join(", ", columns);
        var marks = String.join(", ", columns.stream().map(column -> "?").toList());
        long rows = 0;
        try (var read = from.createStatement();
                var source = read.executeQuery("select " + list + " from " + table);
                var insert = to.prepareStatement("insert into " + table + " (" + list + ") values (" + marks + ")")) {
            while (source.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    var value = source.getObject(i);
                    insert.setObject(i, value instanceof Clob clob ? clob.getSubString(1, (int) clob.length()) : value);
                }
                insert.addBatch();
                if (++rows % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return rows;
    }

    /** Sets each target sequence to hand out next what the source's would, so new ids never collide. */
    void copySequences() throws SQLException {
        for (var sequence : names(
                to,
                "select sequence_name from information_schema.sequences where"
                        + " sequence_schema = current_schema()")) {
            var next = names(
                    from,
                    "select base_value from information_schema.sequences where sequence_schema ="
                            + " 'public' and sequence_name = '" + sequence + "'");
            if (!next.isEmpty()) {
                try (var statement = to.prepareStatement("select setval(?, ?, false)")) {
                    statement.setString(1, sequence);
                    statement.setLong(2, Long.parseLong(next.getFirst()));
                    statement.execute();
                }
            }
        }
    }

    /** Tables whose row counts differ, with both counts; empty when all match. */
    Map<String, String> countDifferences(List<String> tables) throws SQLException {
        var differences = new LinkedHashMap<String, String>();
        for (var table : tables) {
            long source = count(from, table);
            long target = count(to, table);
            if (source != target) {
                differences.put(table, source + " in H2, " + target + " in PostgreSQL");
            }
        }
        return differences;
    }

    long count(Connection connection, String table) throws SQLException {
        return Long.parseLong(names(connection, "select count(*) from " + table).getFirst());
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            var values = new ArrayList<String>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
