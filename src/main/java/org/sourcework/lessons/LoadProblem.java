package org.sourcework.lessons;

/**
 * A mistake found in a lesson file, reported as {@code file:line: what is wrong and how to fix it}.
 * An error keeps the lesson from loading; a warning does not.
 *
 * @param file such as {@code lessons/moscow-1956/questions.yaml}
 * @param line counted from 1
 */
public record LoadProblem(String file, int line, Severity severity, String message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static LoadProblem error(String file, int line, String message) {
        return new LoadProblem(file, line, Severity.ERROR, message);
    }

    public static LoadProblem warning(String file, int line, String message) {
        return new LoadProblem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem as the administrator's page and the log show it. */
    public String formatted() {
        return file + ":" + line + ": " + (isError() ? "" : "warning: ") + message;
    }

    @Override
    public String toString() {
        return formatted();
    }
}
