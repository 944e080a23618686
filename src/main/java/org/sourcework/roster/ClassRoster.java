package org.sourcework.roster;

import java.util.List;

/** Everything the administrator edits about one class. Withdrawn students are listed, marked as such. */
public record ClassRoster(
        ClassRow details, List<ClassMember> instructors, List<ClassMember> students, List<AssignedLesson> lessons) {}
