package org.sourcework.support;

import java.util.List;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;

/** Questions of the telegram lesson picked by type, so tests do not depend on question ids. */
public final class TelegramQuestions {

    private TelegramQuestions() {}

    public static <T extends Question> T first(LessonContent content, Class<T> type) {
        return all(content, type).getFirst();
    }

    /** The first question of the type asked about a section of the document, not before reading. */
    public static <T extends Question> T firstInText(LessonContent content, Class<T> type) {
        return all(content, type).stream()
                .filter(q -> !LessonContent.HEADNOTE.equals(q.sectionId()))
                .findFirst()
                .orElseThrow();
    }

    public static <T extends Question> List<T> all(LessonContent content, Class<T> type) {
        return content.questions().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
