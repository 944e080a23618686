package org.sourcework.responses;

import java.util.List;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;

/** Questions of the telegram lesson picked by type, so tests do not depend on question ids. */
final class TelegramQuestions {

    private TelegramQuestions() {
    }

    static <T extends Question> T first(LessonContent content, Class<T> type) {
        return all(content, type).getFirst();
    }

    static <T extends Question> List<T> all(LessonContent content, Class<T> type) {
        return content.questions().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
