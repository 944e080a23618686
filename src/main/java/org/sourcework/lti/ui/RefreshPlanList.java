package org.sourcework.lti.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcework.base.ui.MessageText;
import org.sourcework.lti.RosterRefreshAction;
import org.sourcework.lti.RosterRefreshEntry;
import org.sourcework.lti.RosterRefreshPlan;
import org.sourcework.roster.ClassRole;

/** A roster refresh's dry run, group by group, as the CSV import shows its rows: nothing has changed yet. */
class RefreshPlanList extends Div {

    RefreshPlanList(RosterRefreshPlan plan) {
        addClassName("roster-refresh-plan");
        if (!plan.changesAnything()) {
            var nothing = new Paragraph(getTranslation("lti.roster.nothing", plan.platformName(), plan.className()));
            nothing.addClassName("import-nothing");
            nothing.setId("roster-refresh-nothing");
            add(nothing);
        }
        group("students-added", plan.added(ClassRole.STUDENT), this::name);
        group("instructors-added", plan.added(ClassRole.INSTRUCTOR), this::name);
        group("reenrolled", plan.with(RosterRefreshAction.REENROL), this::name);
        group("changed", plan.changed(), this::changes);
        group("withdrawn", plan.with(RosterRefreshAction.WITHDRAW), this::name);
        group("skipped", plan.with(RosterRefreshAction.SKIP), this::withNote);
        var stay = plan.with(RosterRefreshAction.STAY);
        if (!stay.isEmpty()) {
            // everyone who stays is rarely news: folded, so the changes are what the page shows
            var stays = new Details(
                    getTranslation("lti.roster.group.stay", stay.size()), list("stay", stay, this::withNote));
            stays.addClassName("roster-refresh-stay");
            add(stays);
        }
    }

    private void group(String group, List<RosterRefreshEntry> entries, Function<RosterRefreshEntry, String> text) {
        if (entries.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("lti.roster.group." + group, entries.size())), list(group, entries, text));
    }

    private UnorderedList list(
            String group, List<RosterRefreshEntry> entries, Function<RosterRefreshEntry, String> text) {
        var list = new UnorderedList();
        list.setId("roster-refresh-" + group);
        list.addClassName("roster-refresh-list");
        entries.forEach(entry -> list.add(new ListItem(text.apply(entry))));
        return list;
    }

    private String name(RosterRefreshEntry entry) {
        return entry.name().isBlank() ? getTranslation("lti.roster.no-name", entry.subject()) : entry.name();
    }

    private String withNote(RosterRefreshEntry entry) {
        return entry.note() == null ? name(entry) : name(entry) + " – " + MessageText.of(this, entry.note());
    }

    private String changes(RosterRefreshEntry entry) {
        return name(entry) + ": "
                + entry.changes().stream()
                        .map(change ->
                                getTranslation("lti.roster.change." + change.field(), change.from(), change.to()))
                        .collect(Collectors.joining("; "));
    }
}
