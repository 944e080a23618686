package org.sourcework.lessons.internal;

import java.util.List;
import java.util.Set;
import org.sourcework.lessons.GlossaryTerm;
import org.sourcework.lessons.Headnote;
import org.sourcework.lessons.LessonSettings;
import org.sourcework.lessons.RelatedSource;

/** What {@code lesson.yaml} holds, with the line of each glossary term for later checks. */
record LessonFile(
        String title,
        String centralQuestion,
        Headnote headnote,
        LessonSettings settings,
        List<GlossaryTerm> glossary,
        List<Integer> glossaryLines,
        List<RelatedSource> related,
        Set<String> relatedIds,
        List<LessonSources.DocumentEntry> documents) {}
