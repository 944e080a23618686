package org.sourcework.administration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.sourcework.roster.ImportResult;

/**
 * What an import changed, and a link to download the new accounts' temporary passwords. The
 * passwords are kept only in this component and can be downloaded once; then they are gone.
 */
class ImportSummary extends Div {

    private final AtomicReference<byte[]> passwords = new AtomicReference<>();

    ImportSummary(ImportResult result) {
        addClassName("import-summary");
        add(
                new H2(getTranslation("import.done.title")),
                new Paragraph(getTranslation(
                        "import.done.counts",
                        result.usersCreated(),
                        result.classesCreated(),
                        result.enrolled(),
                        result.unchanged(),
                        result.skipped(),
                        result.usersUpdated())));
        if (result.passwords().isEmpty()) {
            return;
        }
        passwords.set(result.passwordsCsv(getLocale()));
        var gone = getTranslation("import.done.download-gone");
        var download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    var csv = passwords.getAndSet(null);
                    if (csv == null) {
                        return DownloadResponse.error(410, gone);
                    }
                    event.getUI().access(this::downloaded);
                    return new DownloadResponse(
                            new ByteArrayInputStream(csv),
                            "temporary-passwords.csv",
                            "text/csv; charset=UTF-8",
                            csv.length);
                }),
                getTranslation("import.done.download"));
        download.addClassName("passwords-download");
        download.setId("passwords-download");
        add(
                new Paragraph(getTranslation(
                        "import.done.passwords", result.passwords().size())),
                download);
    }

    private void downloaded() {
        getChildren().filter(Anchor.class::isInstance).forEach(anchor -> anchor.setVisible(false));
        add(new Paragraph(getTranslation("import.done.downloaded")));
    }
}
