package org.sourcework.responses.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.sourcework.base.ui.Markup;

/** The lesson's title, class and due date, whether everything is saved, progress, and Submit. */
final class ReaderHeader extends Header {

    private final ReaderContext context;
    private final ProgressBar bar = new ProgressBar();
    private final Span progressText = new Span();

    ReaderHeader(ReaderContext context, Runnable submit) {
        this.context = context;
        addClassName("reader-header");
        var lesson = context.lesson();
        // the class, due date and lateness as one piece of markup: the header stays on the server with the page
        var meta = new Div();
        meta.addClassName("reader-meta");
        var facts = new Markup().element("span", lesson.className());
        if (lesson.dueAt() != null) {
            facts.element("span", getTranslation("reader.due", context.format().dateTime(lesson.dueAt())));
        }
        if (lesson.work().late()) {
            facts.element("span", getTranslation("reader.late"), "class", "badge-late");
        }
        facts.into(meta);
        var title = new H1(lesson.content().title());
        title.addClassName("reader-title");
        bar.addClassName("reader-progress-bar");
        progressText.addClassName("reader-progress-text");
        var progress = new Div(bar, progressText);
        progress.addClassName("reader-progress");
        var status = new Div(
                context.readOnly() ? submittedNote() : new PageSaveStatus(context.tracker(), context.format()),
                progress);
        if (context.readOnly() && !context.revisions().isEmpty()) {
            // revised answers autosave like any other; their state shows beside the note
            status.addComponentAtIndex(1, new PageSaveStatus(context.tracker(), context.format()));
        }
        status.addClassName("reader-status");
        if (!context.readOnly()) {
            var submitButton = new Button(getTranslation("reader.submit"), event -> submit.run());
            submitButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
            submitButton.addClassName("header-submit");
            status.add(submitButton);
        }
        add(meta, title, status);
        context.progress().addListener(this::updateProgress);
        updateProgress();
    }

    private Span submittedNote() {
        var revisions = context.revisions().size();
        var note = new Span(
                revisions == 0
                        ? getTranslation("reader.page-status.submitted")
                        : getTranslation("reader.page-status.revising", revisions));
        note.addClassName("page-save-status");
        return note;
    }

    private void updateProgress() {
        var progress = context.progress();
        bar.setMin(0);
        bar.setMax(Math.max(1, progress.questionCount()));
        bar.setValue(progress.answered());
        var text = getTranslation("reader.progress", progress.answered(), progress.questionCount());
        new Markup().text(text).into(progressText);
        bar.getElement().setAttribute("aria-label", text);
    }
}
