package org.sourcework.analytics;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcework.lessons.Skill;

/**
 * A column group of the gradebook: the whole lesson, one section, or one skill, with the questions
 * it adds up and the points they are worth.
 *
 * @param key         stable name of the column, also the sort key: {@code total}, {@code section-<id>}, {@code skill-<name>}
 * @param sectionId   the section, for a section's column
 * @param skill       the skill, for a skill's column
 * @param questionIds the questions of the class's path in it
 * @param points      what they are worth together
 */
public record GradebookPart(
        String key, @Nullable String sectionId, @Nullable Skill skill, List<String> questionIds, int points) {

    public static final String TOTAL = "total";

    public GradebookPart {
        questionIds = List.copyOf(questionIds);
    }
}
