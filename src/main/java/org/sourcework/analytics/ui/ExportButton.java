package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.sourcework.analytics.ReviewExportService;

/**
 * "Export answers (CSV)": a link styled as a button that downloads the class's answers, scores and
 * feedback on the assignment. The file is written while it downloads, a page of students at a
 * time; the service checks again that the caller teaches the class.
 */
public class ExportButton extends Anchor {

    public static final String ID = "export-csv";

    public ExportButton(ReviewExportService export, long assignmentId) {
        var fileName = export.fileName(assignmentId);
        setHref(download(export, assignmentId, fileName));
        getElement().setAttribute("download", fileName);
        setId(ID);
        addClassName("export-button");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation("review.export.csv")));
    }

    private DownloadHandler download(ReviewExportService export, long assignmentId, String fileName) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            export.exportCsv(assignmentId, getLocale(), event.getOutputStream());
        };
    }
}
