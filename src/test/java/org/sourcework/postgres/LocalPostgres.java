package org.sourcework.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway PostgreSQL server on loopback, started from Debian's {@code postgresql} package
 * (no Docker here). As root, the server runs as the {@code postgres} system user.
 */
final class LocalPostgres implements AutoCloseable {

    private final Path bin;
    private final Path dataDir;
    private final int port;

    private LocalPostgres(Path bin, Path dataDir, int port) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
    }

    static LocalPostgres start() throws IOException, InterruptedException {
        var bin = findBinaries();
        var dir = Files.createTempDirectory("sourcework-pg");
        var dataDir = dir.resolve("data");
        if (isRoot()) {
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), dir);
        }
        var port = freePort();
        var server = new LocalPostgres(bin, dataDir, port);
        server.asServerUser(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", "sourcework",
                "--auth=trust", "--encoding=UTF8", "--locale=C"));
        server.asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "-l",
                dir.resolve("server.log").toString(), "start"));
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        asServerUser(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
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
        var process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
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
