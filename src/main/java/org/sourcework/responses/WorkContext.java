package org.sourcework.responses;

import java.util.Optional;
import org.sourcework.base.Message;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.responses.internal.StudentWork;
import org.sourcework.roster.AssignmentInfo;

/**
 * An assignment seen by one student: their work on it, if started, and the lesson version the work
 * is pinned to (the current one when not started yet).
 */
record WorkContext(
        AssignmentInfo assignment,
        long studentId,
        Optional<StudentWork> work,
        int lessonVersion,
        LessonContent content) {

    Question question(String questionId) {
        return content.question(questionId)
                .orElseThrow(() -> new AnswerRejectedException(Message.of("answer.rejected.no-question", questionId)));
    }

    boolean hasSection(String sectionId) {
        return LessonContent.HEADNOTE.equals(sectionId)
                || content.section(sectionId).isPresent()
                || content.documentCard(sectionId).isPresent();
    }
}
