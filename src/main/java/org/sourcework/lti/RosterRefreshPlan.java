package org.sourcework.lti;

import java.util.List;
import org.sourcework.roster.ClassRole;

/**
 * The dry run of a roster refresh: everyone of the class's course on the platform and everyone the
 * platform linked to the class, with what confirming would do. Nothing has changed yet.
 */
public record RosterRefreshPlan(long classId, String className, String platformName, List<RosterRefreshEntry> entries) {

    public RosterRefreshPlan {
        entries = List.copyOf(entries);
    }

    public List<RosterRefreshEntry> with(RosterRefreshAction action) {
        return entries.stream().filter(entry -> entry.action() == action).toList();
    }

    public List<RosterRefreshEntry> added(ClassRole role) {
        return with(RosterRefreshAction.ADD).stream()
                .filter(entry -> entry.role() == role)
                .toList();
    }

    /** People whose name or email confirming changes. */
    public List<RosterRefreshEntry> changed() {
        return entries.stream().filter(entry -> !entry.changes().isEmpty()).toList();
    }

    /** Whether confirming would change anything at all: a roster that matches the platform would not. */
    public boolean changesAnything() {
        return !changes().isEmpty();
    }

    /** Whether another dry run would do the same as this one: what a confirmation must still find. */
    public boolean sameChangesAs(RosterRefreshPlan other) {
        return classId == other.classId && changes().equals(other.changes());
    }

    private List<RosterRefreshEntry> changes() {
        return entries.stream()
                .filter(entry -> entry.action() == RosterRefreshAction.ADD
                        || entry.action() == RosterRefreshAction.REENROL
                        || entry.action() == RosterRefreshAction.WITHDRAW
                        || !entry.changes().isEmpty())
                .toList();
    }
}
