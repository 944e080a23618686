package org.sourcework.perf;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** A run's sizes and places, from system properties (perf/run-all passes them), with small defaults. */
final class Settings {

    /** Loopback only: every target of this benchmark is the server on this machine. */
    static final String BASE = loopback(System.getProperty("base", "http://127.0.0.1:18090"));
    static final int STUDENTS = Integer.getInteger("students", 20);
    /** Seconds over which the storm's students arrive. */
    static final int ARRIVAL = Integer.getInteger("arrival", 60);
    /** Minutes each student of the class period keeps saving. */
    static final int MINUTES = Integer.getInteger("minutes", 1);
    static final int INSTRUCTORS = Integer.getInteger("instructors", 2);
    static final String CLASS_NAME = System.getProperty("className", "History 11A");
    static final String TERM = System.getProperty("term", "Spring 2027");
    static final String ADMIN = System.getProperty("admin", "admin");
    static final String INSTRUCTOR = System.getProperty("instructor", "hughes");
    static final String DEMO_PASSWORD = System.getProperty("demoPassword", "reading-1956");
    /** The password each imported student chooses at first sign-in. */
    static final String STUDENT_PASSWORD = "bell-time-storm-" + STUDENTS;
    static final String PREFIX = System.getProperty("prefix", "perf");
    /** Where the prepared students are written for the next simulations. */
    static final Path STUDENTS_FILE = Path.of(System.getProperty("studentsFile", "target/perf-students.csv"));
    private static final Properties TEXTS = texts();

    private Settings() {
    }

    /** A text the application shows, from its own message bundle, so a rewording does not break a check. */
    static String text(String key) {
        var text = TEXTS.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no text " + key + " in the application's message bundle");
        }
        return text;
    }

    private static Properties texts() {
        var properties = new Properties();
        var file = Path.of(System.getProperty("translations", "../src/main/resources/vaadin-i18n/translations.properties"));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
        }
        return properties;
    }

    private static String loopback(String base) {
        var host = java.net.URI.create(base).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("The benchmark runs against this machine only, not " + base);
        }
        return base;
    }
}
