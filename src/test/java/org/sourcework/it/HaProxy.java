package org.sourcework.it;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Debian's HAProxy running the repository's {@code deploy/haproxy.cfg} as it is, in front of the
 * given nodes; the ports come in through the environment variables the file reads.
 */
public final class HaProxy implements AutoCloseable {

    public static final Path CONFIG = Path.of("deploy/haproxy.cfg");
    private static final Path BINARY = Path.of("/usr/sbin/haproxy");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final int statsPort;
    private final Path log;

    private HaProxy(Process process, int port, int statsPort, Path log) {
        this.process = process;
        this.port = port;
        this.statsPort = statsPort;
        this.log = log;
    }

    public static HaProxy start(ClusterNode a, ClusterNode b) throws IOException {
        return start(CONFIG, a.port(), a.managementPort(), b.port(), b.managementPort());
    }

    /**
     * HAProxy with another configuration that reads the same environment variables, in front of two
     * servers on loopback (each checked for readiness on its management port).
     */
    public static HaProxy start(Path config, int portA, int managementPortA, int portB, int managementPortB)
            throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("HAProxy is not installed. Install Debian's package "
                    + "(apt-get install -y haproxy); .ci/run does this on CI.");
        }
        int port = freePort();
        int statsPort = freePort();
        var log = Files.createTempFile("haproxy", ".log");
        var builder = new ProcessBuilder(
                        BINARY.toString(), "-db", "-f", config.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment()
                .putAll(Map.of(
                        "SOURCEWORK_PUBLIC", "127.0.0.1:" + port,
                        "SOURCEWORK_NODE_A", "127.0.0.1:" + portA,
                        "SOURCEWORK_NODE_A_MANAGEMENT", String.valueOf(managementPortA),
                        "SOURCEWORK_NODE_B", "127.0.0.1:" + portB,
                        "SOURCEWORK_NODE_B_MANAGEMENT", String.valueOf(managementPortB),
                        "SOURCEWORK_STATS", "127.0.0.1:" + statsPort));
        return new HaProxy(builder.start(), port, statsPort, log);
    }

    /** The public port that browsers use. */
    public int port() {
        return port;
    }

    /**
     * Waits until HAProxy reports the server ({@code a} or {@code b}) UP after a passing health check, or
     * DOWN. (HAProxy 2.6 starts every server as UP before its first check, so UP alone says nothing.)
     */
    public void awaitServer(String server, String status) {
        await().atMost(ForkedArgs.START_TIMEOUT)
                .pollInterval(Duration.ofMillis(250))
                .alias("HAProxy reports server " + server + " " + status + "; log:\n" + log())
                .until(() -> serverStatus(server)
                        .filter(found -> found.status().startsWith(status)
                                && (!status.equals("UP") || found.lastCheck().equals("L7OK")))
                        .isPresent());
    }

    /** A server's state and the result of its last health check, from HAProxy's CSV statistics. */
    public record ServerStatus(String status, String lastCheck) {}

    public Optional<ServerStatus> serverStatus(String server) {
        try {
            var csv = HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/;csv"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            var lines = csv.lines().toList();
            var header = List.of(lines.getFirst().replaceFirst("^# ", "").split(","));
            int name = header.indexOf("svname");
            int status = header.indexOf("status");
            int check = header.indexOf("check_status");
            return lines.stream()
                    .skip(1)
                    .map(line -> line.split(",", -1))
                    .filter(cells -> cells[0].equals("sourcework") && cells[name].equals(server))
                    .map(cells -> new ServerStatus(cells[status], cells[check].replaceFirst("^\\* ", "")))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
