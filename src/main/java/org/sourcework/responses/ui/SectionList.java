package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.router.RouteConfiguration;
import org.sourcework.base.ui.Markup;

/**
 * Every page of the lesson with how much of it is answered: ✓, "2 of 3", locked, or an answer to
 * revise. The list is one piece of markup, set again when the progress changes; its links carry
 * {@code router-link}, so the browser moves between pages as with Vaadin's own links.
 */
final class SectionList extends Nav {

    private final ReaderContext context;
    private final OrderedList list = new OrderedList();

    SectionList(ReaderContext context) {
        this.context = context;
        addClassName("section-list");
        setAriaLabel(getTranslation("reader.sections"));
        var pages = context.pages();
        // one list: a strip on wide screens, folded behind "Sections" on narrow ones (reader.css)
        var details = new NativeDetails();
        new Markup()
                .element("span", getTranslation("reader.sections.summary"), "class", "section-list-summary-label")
                .element(
                        "span",
                        pages.label(context.pageId(), getTranslation("reader.headnote-page")),
                        "class",
                        "section-list-current")
                .element(
                        "span",
                        getTranslation(
                                "reader.sections.position",
                                pages.index(context.pageId()) + 1,
                                pages.ids().size()),
                        "class",
                        "section-list-position")
                .into(details.getSummary());
        details.setContent(list);
        add(details);
        context.progress().addListener(this::update);
        update();
    }

    private void update() {
        var pages = context.pages();
        var routes = RouteConfiguration.forSessionScope();
        var markup = new Markup();
        for (var id : pages.ids()) {
            var state = state(id);
            boolean current = id.equals(context.pageId());
            var classes = "level-" + pages.section(id).map(s -> s.level()).orElse(2)
                    + (current ? " current" : "")
                    + switch (state) {
                        case LOCKED -> " locked";
                        case COMPLETE -> " complete";
                        case REVISING -> " revising";
                        case PARTIAL, NO_QUESTIONS -> "";
                    };
            markup.open("li", "class", classes)
                    .open(
                            "a",
                            "class",
                            "section-link",
                            "href",
                            routes.getUrl(ReaderView.class, ReaderView.parameters(context.assignmentId(), id)),
                            "router-link",
                            "",
                            "aria-current",
                            current ? "page" : null)
                    .text(pages.label(id, getTranslation("reader.headnote-page")))
                    .element("span", spoken(id, state), "class", "sr-only")
                    .close("a")
                    .element("span", mark(id, state), "class", "section-mark", "aria-hidden", "true")
                    .close("li");
        }
        markup.into(list);
    }

    private enum State {
        NO_QUESTIONS,
        PARTIAL,
        COMPLETE,
        LOCKED,
        REVISING
    }

    private State state(String id) {
        var progress = context.progress();
        var pages = context.pages();
        var questions = pages.questions(id);
        if (questions.stream().anyMatch(context::revising)) {
            return State.REVISING;
        } else if (pages.blockedBy(id, progress::isAnswered).isPresent()) {
            return State.LOCKED;
        } else if (questions.isEmpty()) {
            return State.NO_QUESTIONS;
        }
        return progress.answeredOf(questions) == questions.size() ? State.COMPLETE : State.PARTIAL;
    }

    private String mark(String id, State state) {
        return switch (state) {
            case REVISING -> getTranslation("reader.mark.revise");
            case LOCKED -> getTranslation("reader.mark.locked");
            case NO_QUESTIONS -> "";
            case COMPLETE -> "✓";
            case PARTIAL -> answered(id, "reader.mark.partial");
        };
    }

    /** The same for a screen reader, after the link's words. */
    private String spoken(String id, State state) {
        return switch (state) {
            case REVISING -> " " + getTranslation("reader.mark.revise-long");
            case LOCKED -> " " + getTranslation("reader.mark.locked-long");
            case NO_QUESTIONS -> "";
            case COMPLETE, PARTIAL -> " " + answered(id, "reader.mark.long");
        };
    }

    private String answered(String id, String key) {
        var questions = context.pages().questions(id);
        return getTranslation(key, context.progress().answeredOf(questions), questions.size());
    }
}
