package org.sourcework.it;

import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second JVM on the test class path, so a test can kill a running server (or watch it refuse to
 * start) without touching its own JVM. Its output is read line by line; tests wait for a line instead
 * of sleeping.
 */
public final class ForkedJvm implements AutoCloseable {

    private static final String END_OF_OUTPUT = "\u0000end of output";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final StringBuffer transcript = new StringBuffer();

    private ForkedJvm(Process process) {
        this.process = process;
        var pump = new Thread(this::pumpOutput, "forked-jvm-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts {@code mainClass} with the given arguments; the environment is the parent's plus {@code env}. */
    public static ForkedJvm start(Class<?> mainClass, List<String> args, Map<String, String> env, List<String> unsetEnv)
            throws IOException {
        return start(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()), args, env, unsetEnv);
    }

    /**
     * Runs a jar as an operator does, {@code java -jar sourcework.jar}: the java process itself is the
     * child, with no shell or Maven in between, so a SIGTERM reaches the JVM and its shutdown hooks.
     */
    public static ForkedJvm startJar(Path jar, List<String> args, Map<String, String> env, List<String> unsetEnv)
            throws IOException {
        return start(List.of("-jar", jar.toAbsolutePath().toString()), args, env, unsetEnv);
    }

    private static ForkedJvm start(List<String> what, List<String> args, Map<String, String> env, List<String> unsetEnv)
            throws IOException {
        var java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        var command = new ArrayList<String>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        command.addAll(what);
        command.addAll(args);
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        unsetEnv.forEach(builder.environment()::remove);
        builder.environment().putAll(env);
        return new ForkedJvm(builder.start());
    }

    /** Waits until the process prints a line that matches; fails with the whole output otherwise. */
    public String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            var line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                return fail("No matching line within %s. Output so far:%n%s", timeout, transcript);
            }
            if (line.equals(END_OF_OUTPUT)) {
                return fail(
                        "The process ended (exit %s) before printing a matching line. Output:%n%s",
                        process.waitFor(), transcript);
            }
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return fail("The process did not end within %s. Output:%n%s", timeout, transcript);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL on Linux: no shutdown hooks, no flush, no chance to close the database. */
    public void killHard() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * Sends SIGTERM (on Linux) and returns at once; {@link #awaitExit(Duration)} waits for the end. The
     * signal goes through the process handle: {@link Process#destroy()} also closes the pipes, so what
     * the JVM prints while it shuts down (Spring's graceful shutdown) would be lost.
     */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGTERM on Linux: Spring closes the context and the database as on a normal stop. */
    public void stop(Duration timeout) throws InterruptedException {
        terminate();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            killHard();
        }
    }

    public String output() {
        return transcript.toString();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            killHard();
        }
    }

    private void pumpOutput() {
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                transcript.append(line).append(System.lineSeparator());
                lines.add(line);
            }
        } catch (IOException streamClosed) {
            // the process was killed; whatever it printed is in the transcript
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }
}
