package org.sourcework.lessons.internal;

import java.util.List;
import org.sourcework.base.Message;
import org.sourcework.lessons.LoadProblem;

/** Collects the problems found in one lesson file, so readers need not repeat its path. */
final class FileProblems {

    private final String path;
    private final List<LoadProblem> sink;

    FileProblems(String path, List<LoadProblem> sink) {
        this.path = path;
        this.sink = sink;
    }

    String path() {
        return path;
    }

    void error(int line, Message message) {
        sink.add(LoadProblem.error(path, line, message));
    }

    void warning(int line, Message message) {
        sink.add(LoadProblem.warning(path, line, message));
    }
}
