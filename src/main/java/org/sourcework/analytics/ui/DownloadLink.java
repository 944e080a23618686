package org.sourcework.analytics.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * A link styled as a button that downloads a CSV file written while it downloads, its header in the
 * person's language; the service that writes it checks again that the caller teaches the class.
 */
class DownloadLink extends Anchor {

    DownloadLink(String id, String textKey, String fileName, BiConsumer<Locale, OutputStream> writer) {
        setHref(download(fileName, writer));
        getElement().setAttribute("download", fileName);
        setId(id);
        addClassName("export-button");
        var icon = VaadinIcon.DOWNLOAD_ALT.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, new Span(getTranslation(textKey)));
    }

    private DownloadHandler download(String fileName, BiConsumer<Locale, OutputStream> writer) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            writer.accept(getLocale(), event.getOutputStream());
        };
    }
}
