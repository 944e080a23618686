package org.sourcework.lessons;

/**
 * Another source students compare the document with, published elsewhere: the lesson holds only its
 * particulars and a sourcing note written by the lesson's authors, never its text.
 *
 * @param id       what corroboration questions use to name it
 * @param date     free text, such as "filed 1 April 1956"
 * @param link     where it is published ({@code https://…})
 * @param note     the sourcing note: who made it, when, for whom, and what to keep in mind reading it
 */
public record RelatedSource(
        String id, String title, String date, String author, String citation, String link, String note) {}
