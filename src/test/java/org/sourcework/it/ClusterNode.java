package org.sourcework.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sourcework.Application;
import org.sourcework.postgres.LocalPostgres;

/**
 * One Sourcework node for the multi-node tests: the real application in a JVM of its own, on a
 * PostgreSQL database, with its public and management ports fixed for the node's life, so that it
 * can be stopped or killed and started again where the load balancer expects it. The JVM runs either
 * the test class path (Vaadin from its prebuilt development bundle) or the production jar, started
 * as {@code java -jar} ({@link ProductionJar}).
 */
public final class ClusterNode implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final String jdbcUrl;
    private final String profiles;
    private final Map<String, String> env;
    private final int port;
    private final int managementPort;
    private final Path dataDir;
    private final Path jar;
    private ForkedJvm jvm;
    private final StringBuilder earlierOutput = new StringBuilder();

    private ClusterNode(String name, String jdbcUrl, String profiles, Map<String, String> env, Path jar)
            throws IOException {
        this.jar = jar;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.profiles = profiles;
        this.env = env;
        this.port = freePort();
        this.managementPort = freePort();
        this.dataDir = Files.createTempDirectory("sourcework-node-" + name);
    }

    /** A node that is not running yet; {@code profiles} as in SPRING_PROFILES_ACTIVE. */
    public static ClusterNode on(String name, String jdbcUrl, String profiles, Map<String, String> env)
            throws IOException {
        return new ClusterNode(name, jdbcUrl, profiles, env, null);
    }

    /** As {@link #on}, but the node runs the production jar ({@code java -jar}), as on a server. */
    public static ClusterNode productionJar(String name, String jdbcUrl, String profiles, Map<String, String> env)
            throws IOException {
        return new ClusterNode(name, jdbcUrl, profiles, env, ProductionJar.path());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Starts the JVM and returns at once; {@link #awaitStarted()} waits for the application. */
    public ClusterNode start() throws IOException {
        if (jvm != null && jvm.isAlive()) {
            // a second JVM on the same ports would fail, and the first would outlive the test
            throw new IllegalStateException("Node " + name + " is still running; stop or kill it first");
        }
        if (jvm != null) {
            earlierOutput.append(jvm.output());
        }
        var environment = new HashMap<>(env);
        environment.put("SPRING_PROFILES_ACTIVE", profiles);
        var args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + LocalPostgres.USER,
                "--spring.datasource.password=",
                "--sourcework.data-dir=" + dataDir,
                // tells the nodes' connections apart in pg_stat_activity
                "--spring.datasource.hikari.data-source-properties.ApplicationName=sourcework-" + name,
                "--sourcework.lessons-dir=lessons",
                "--vaadin.launch-browser=false",
                "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.devmode.usageStatistics.enabled=false"));
        jvm = jar == null
                ? ForkedJvm.start(Application.class, args, environment, ForkedArgs.ENV_TO_CLEAR)
                : ForkedJvm.startJar(jar, args, environment, ForkedArgs.ENV_TO_CLEAR);
        return this;
    }

    public void awaitStarted() throws InterruptedException {
        jvm.awaitLine(line -> line.contains("Started Application"), ForkedArgs.START_TIMEOUT);
    }

    /** Waits for a line of the node's output that contains {@code text}. */
    public String awaitOutput(String text) throws InterruptedException {
        return jvm.awaitLine(line -> line.contains(text), ForkedArgs.START_TIMEOUT);
    }

    /** SIGKILL: the node ends at once, mid-request if need be. */
    public void killHard() throws InterruptedException {
        jvm.killHard();
    }

    /** SIGTERM, as systemd stops a service; waits for the JVM to end and returns its exit code. */
    public int stop() throws InterruptedException {
        jvm.stop(Duration.ofMinutes(2));
        return jvm.awaitExit(Duration.ofSeconds(10));
    }

    /** SIGTERM without waiting, for a test that acts while the node shuts down. */
    public void terminate() {
        jvm.terminate();
    }

    /** Waits for the JVM to end by itself and returns its exit code. */
    public int awaitExit() throws InterruptedException {
        return jvm.awaitExit(Duration.ofMinutes(2));
    }

    public boolean isRunning() {
        return jvm != null && jvm.isAlive();
    }

    /** The HTTP status of the readiness endpoint on the management port, or -1 when nothing answers. */
    public int readiness() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(
                                            "http://127.0.0.1:" + managementPort + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Everything the node printed, over all its runs. */
    public String output() {
        return earlierOutput + (jvm == null ? "" : jvm.output());
    }

    @Override
    public void close() throws InterruptedException {
        if (jvm != null) {
            jvm.close();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
