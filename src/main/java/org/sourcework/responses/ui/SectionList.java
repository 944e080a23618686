package org.sourcework.responses.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every page of the lesson with how much of it is answered: ✓, "2 of 3", locked, or an answer to revise. */
final class SectionList extends Nav {

    private final ReaderContext context;
    private final Map<String, Span> marks = new LinkedHashMap<>();
    private final Map<String, Span> spokenMarks = new LinkedHashMap<>();
    private final Map<String, ListItem> items = new LinkedHashMap<>();

    SectionList(ReaderContext context) {
        this.context = context;
        addClassName("section-list");
        setAriaLabel(getTranslation("reader.sections"));
        var list = new OrderedList();
        var pages = context.pages();
        for (var id : pages.ids()) {
            var section = pages.section(id);
            var link = new RouterLink(
                    pages.label(id, getTranslation("reader.headnote-page")),
                    ReaderView.class,
                    ReaderView.parameters(context.assignmentId(), id));
            link.addClassName("section-link");
            var mark = new Span();
            mark.addClassName("section-mark");
            mark.getElement().setAttribute("aria-hidden", "true");
            var spoken = new Span();
            spoken.addClassName("sr-only");
            link.add(spoken);
            var item = new ListItem(link, mark);
            item.addClassName("level-" + section.map(s -> s.level()).orElse(2));
            if (id.equals(context.pageId())) {
                item.addClassName("current");
                link.getElement().setAttribute("aria-current", "page");
            }
            marks.put(id, mark);
            spokenMarks.put(id, spoken);
            items.put(id, item);
            list.add(item);
        }
        // one list: a strip on wide screens, folded behind "Sections" on narrow ones (reader.css)
        var current = new Span(pages.label(context.pageId(), getTranslation("reader.headnote-page")));
        current.addClassName("section-list-current");
        var summaryLabel = new Span(getTranslation("reader.sections.summary"));
        summaryLabel.addClassName("section-list-summary-label");
        var position = new Span(getTranslation(
                "reader.sections.position",
                pages.index(context.pageId()) + 1,
                pages.ids().size()));
        position.addClassName("section-list-position");
        var details = new NativeDetails();
        details.setSummary(summaryLabel, current, position);
        details.setContent(list);
        add(details);
        context.progress().addListener(this::update);
        update();
    }

    private void update() {
        var progress = context.progress();
        var pages = context.pages();
        marks.forEach((id, mark) -> {
            var questions = pages.questions(id);
            long answered = progress.answeredOf(questions);
            boolean locked = pages.blockedBy(id, progress::isAnswered).isPresent();
            boolean complete = !questions.isEmpty() && answered == questions.size();
            boolean revising = questions.stream().anyMatch(context::revising);
            items.get(id).setClassName("locked", locked);
            items.get(id).setClassName("complete", complete && !revising);
            items.get(id).setClassName("revising", revising);
            if (revising) {
                mark.setText(getTranslation("reader.mark.revise"));
            } else if (locked) {
                mark.setText(getTranslation("reader.mark.locked"));
            } else if (questions.isEmpty()) {
                mark.setText("");
            } else if (complete) {
                mark.setText("✓");
            } else {
                mark.setText(getTranslation("reader.mark.partial", answered, questions.size()));
            }
            spokenMarks
                    .get(id)
                    .setText(
                            revising
                                    ? " " + getTranslation("reader.mark.revise-long")
                                    : locked
                                            ? " " + getTranslation("reader.mark.locked-long")
                                            : questions.isEmpty()
                                                    ? ""
                                                    : " "
                                                            + getTranslation(
                                                                    "reader.mark.long", answered, questions.size()));
        });
    }
}
