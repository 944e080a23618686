package org.sourcework.lessons;

import java.time.LocalDate;
import java.util.List;

/**
 * What a student reads before the document: who wrote it, for whom, when and why.
 *
 * @param dateNote     free text shown beside the date, or null
 * @param distribution who else received copies, or null
 * @param context      paragraphs of plain text
 * @param timeline     the events around the source, in the order written; may be empty
 */
public record Headnote(
        String sender,
        String recipient,
        LocalDate date,
        String dateNote,
        String classification,
        String distribution,
        String citation,
        List<String> context,
        List<TimelineEntry> timeline) {

    public Headnote {
        context = List.copyOf(context);
        timeline = List.copyOf(timeline);
    }

    /** One line of the headnote's timeline. @param when free text such as "14–25 February 1956" */
    public record TimelineEntry(String when, String event) {}
}
