package org.sourcework.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A throwaway PostgreSQL server on loopback, started from Debian's {@code postgresql} package
 * (no Docker here). As root, the server runs as the {@code postgres} system user.
 * <p>
 * One server per test JVM ({@link #shared()}), started on first use and stopped when the JVM ends:
 * starting one costs seconds, a database on it milliseconds, so every test that needs PostgreSQL
 * gets a fresh database ({@link #createDatabase}) on the same server.
 */
public final class LocalPostgres {

    public static final String USER = "sourcework";

    private static LocalPostgres shared;

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();

    private LocalPostgres(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    /** The server of this JVM, started on first use. */
    public static synchronized LocalPostgres shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new IllegalStateException("PostgreSQL did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while PostgreSQL was starting", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stopQuietly, "local-postgres-stop"));
        }
        return shared;
    }

    private static LocalPostgres start() throws IOException, InterruptedException {
        var bin = findBinaries();
        var dir = Files.createTempDirectory("sourcework-pg");
        var dataDir = dir.resolve("data");
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir);
        }
        var port = freePort();
        var server = new LocalPostgres(bin, dataDir, port);
        server.asServerUser(List.of(
                bin.resolve("initdb").toString(),
                "-D",
                dataDir.toString(),
                "-U",
                USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync"));
        // a test server: durability of the server itself is not under test, speed on a small machine is;
        // many test contexts each keep a pool open, hence the connection limit
        server.asServerUser(List.of(
                bin.resolve("pg_ctl").toString(),
                "-D",
                dataDir.toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=500",
                "-l",
                dir.resolve("server.log").toString(),
                "start"));
        return server;
    }

    /** A new, empty database on this server; returns its JDBC URL. */
    public String createDatabase(String prefix) {
        var name = prefix.replaceAll("[^a-z0-9_]", "_") + "_" + databases.incrementAndGet();
        try (var connection = connect("postgres");
                var statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    /** A connection to a database of the shared server, by the URL {@link #createDatabase} returned. */
    public static Connection connectTo(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, USER, "");
    }

    public int port() {
        return port;
    }

    /** A PostgreSQL client program of the server's version, such as pg_dump. */
    public Path tool(String name) {
        return bin.resolve(name);
    }

    private void stopQuietly() {
        try {
            asServerUser(
                    List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
            run(List.of("rm", "-rf", dataDir.getParent().toString()), Path.of("/"));
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL test server did not stop: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void asServerUser(List<String> command) throws IOException, InterruptedException {
        var full = new ArrayList<String>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, dataDir.getParent());
    }

    private static void run(List<String> command, Path workDir) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Command failed: " + String.join(" ", command) + "\n" + output);
        }
    }

    private static Path findBinaries() throws IOException {
        var root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("PostgreSQL is not installed. Install Debian's server package "
                    + "(apt-get install -y postgresql); .ci/run does this on CI.");
        }
        try (var versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("No initdb found under /usr/lib/postgresql"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
