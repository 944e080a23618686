package org.sourcework.lessons.internal;

import java.util.List;
import org.sourcework.lessons.GlossaryTerm;
import org.sourcework.lessons.Headnote;
import org.sourcework.lessons.LessonSettings;

/** What {@code lesson.yaml} holds, with the line of each glossary term for later checks. */
record LessonFile(String title, String centralQuestion, Headnote headnote, LessonSettings settings,
        List<GlossaryTerm> glossary, List<Integer> glossaryLines) {
}
