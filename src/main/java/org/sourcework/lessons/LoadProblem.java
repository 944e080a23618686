package org.sourcework.lessons;

import org.sourcework.base.Message;

/**
 * A mistake found in a lesson file, reported as {@code file:line: what is wrong and how to fix it}.
 * An error keeps the lesson from loading; a warning does not. What is wrong is a {@link Message}, so
 * the administrator's screen words it in the person's language; the position stays as it is.
 *
 * @param file such as {@code lessons/moscow-1956/questions.yaml}
 * @param line counted from 1
 */
public record LoadProblem(String file, int line, Severity severity, Message message) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static LoadProblem error(String file, int line, Message message) {
        return new LoadProblem(file, line, Severity.ERROR, message);
    }

    public static LoadProblem warning(String file, int line, Message message) {
        return new LoadProblem(file, line, Severity.WARNING, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The problem with its position, to be worded: {@code file:line: …} or {@code file:line: warning: …}. */
    public Message positioned() {
        return Message.of(isError() ? "lesson.problem.error" : "lesson.problem.warning", file, line, message);
    }

    /** The problem in the bundle's own language, as the log and the tests read it. */
    public String formatted() {
        return positioned().inDefaultLanguage();
    }

    @Override
    public String toString() {
        return formatted();
    }
}
