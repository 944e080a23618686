package org.sourcework.lessons.internal;

import java.util.List;
import org.sourcework.lessons.Skill;
import org.sourcework.lessons.SuggestedComment;

/**
 * The fields every question has, as read; any of them may be null when it had a mistake, in which
 * case the question is still read to the end (to report its other mistakes) but not built.
 */
record QuestionBasics(
        String id, String sectionId, Skill skill, Integer points, String prompt, List<SuggestedComment> comments) {

    boolean complete() {
        return id != null && sectionId != null && skill != null && points != null && prompt != null;
    }
}
