package org.sourcework.responses.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sourcework.lessons.Question;
import org.sourcework.responses.SavedAnswer;
import org.sourcework.responses.StudentLesson;

/** Which questions have a non-blank answer, kept up to date as answers are saved. */
final class ReaderProgress {

    private final Set<String> answered = new HashSet<>();
    private final int questionCount;
    private final List<Runnable> listeners = new ArrayList<>();

    ReaderProgress(StudentLesson lesson) {
        lesson.answers().values().stream()
                .filter(answer -> !answer.value().isBlank())
                .forEach(answer -> answered.add(answer.questionId()));
        questionCount = lesson.content().questions().size();
    }

    void saved(SavedAnswer answer) {
        var changed =
                answer.value().isBlank() ? answered.remove(answer.questionId()) : answered.add(answer.questionId());
        if (changed) {
            List.copyOf(listeners).forEach(Runnable::run);
        }
    }

    boolean isAnswered(Question question) {
        return answered.contains(question.id());
    }

    long answeredOf(List<Question> questions) {
        return questions.stream().filter(this::isAnswered).count();
    }

    int answered() {
        return answered.size();
    }

    int questionCount() {
        return questionCount;
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }
}
