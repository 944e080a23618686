package org.sourcework.lti;

import java.util.List;

/**
 * What an instructor chooses from when their learning platform asks for a Sourcework lesson (deep
 * linking): the class the course is, and the catalogue.
 */
public record DeepLinkPicker(String requestId, String className, List<Lesson> lessons) {

    /** @param given whether the class has this lesson already (choosing it again changes its settings) */
    public record Lesson(long id, String title, boolean given) {}
}
