package org.sourcework.lessons;

import java.time.LocalDate;
import java.util.List;

/**
 * What a student reads before the document: who wrote it, for whom, when and why.
 *
 * @param dateNote free text shown beside the date, or null
 * @param context  paragraphs of plain text
 */
public record Headnote(String sender, String recipient, LocalDate date, String dateNote, String classification,
        String citation, List<String> context) {

    public Headnote {
        context = List.copyOf(context);
    }
}
