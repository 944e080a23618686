package org.sourcework.analytics.ui;

import org.sourcework.analytics.ReviewExportService;

/**
 * "Export answers (CSV)": a link styled as a button that downloads the class's answers, scores and
 * feedback on the assignment. The file is written while it downloads, a page of students at a
 * time; the service checks again that the caller teaches the class.
 */
public class ExportButton extends DownloadLink {

    public static final String ID = "export-csv";

    public ExportButton(ReviewExportService export, long assignmentId) {
        super(
                ID,
                "review.export.csv",
                export.fileName(assignmentId),
                (locale, out) -> export.exportCsv(assignmentId, locale, out));
    }
}
