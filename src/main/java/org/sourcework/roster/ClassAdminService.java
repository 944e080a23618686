package org.sourcework.roster;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.sourcework.base.Message;
import org.sourcework.roster.internal.AssignmentRepository;
import org.sourcework.roster.internal.EnrolmentRepository;
import org.sourcework.roster.internal.RosterAudit;
import org.sourcework.roster.internal.SchoolClass;
import org.sourcework.roster.internal.SchoolClassRepository;
import org.sourcework.security.AdminOnly;
import org.sourcework.users.UserService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's class list: finding, creating, renaming and archiving classes, and reading a roster. */
@Service
@Transactional(readOnly = true)
public class ClassAdminService {

    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final AssignmentRepository assignments;
    private final UserService users;
    private final RosterAudit audit;
    private final Clock clock;

    ClassAdminService(
            SchoolClassRepository classes,
            EnrolmentRepository enrolments,
            AssignmentRepository assignments,
            UserService users,
            RosterAudit audit,
            Clock clock) {
        this.classes = classes;
        this.enrolments = enrolments;
        this.assignments = assignments;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of classes, ordered by term and name; {@code offset} is a multiple of {@code limit}. */
    @AdminOnly
    public List<ClassRow> page(ClassFilter filter, int offset, int limit) {
        return classes.findRows(pattern(filter), filter.includeArchived(), PageRequest.of(offset / limit, limit));
    }

    @AdminOnly
    public int count(ClassFilter filter) {
        return Math.toIntExact(classes.countRows(pattern(filter), filter.includeArchived()));
    }

    @AdminOnly
    public ClassRoster roster(long classId) {
        var details = classes.findRow(classId).orElseThrow(RosterRules::noSuchClass);
        var members = enrolments.findByClassIdOrderByIdAsc(classId).stream()
                .map(enrolment -> {
                    var user = users.findById(enrolment.getUserId()).orElseThrow();
                    return new ClassMember(
                            user.id(),
                            user.username(),
                            user.displayName(),
                            enrolment.getClassRole(),
                            enrolment.getWithdrawnAt());
                })
                .toList();
        var lessons = assignments.findByClassIdOrderByDueAtAscIdAsc(classId).stream()
                .map(a -> new AssignedLesson(a.getId(), a.getLessonId(), a.getDueAt(), a.getPath()))
                .toList();
        return new ClassRoster(
                details,
                members.stream().filter(m -> m.role() == ClassRole.INSTRUCTOR).toList(),
                members.stream().filter(m -> m.role() == ClassRole.STUDENT).toList(),
                lessons);
    }

    @Transactional
    @AdminOnly
    public ClassSummary create(String name, String term) {
        var cleanName = RosterRules.className(name);
        var cleanTerm = RosterRules.term(term);
        if (classes.findByNameAndTerm(cleanName, cleanTerm).isPresent()) {
            throw new RosterRejectedException(Message.of("roster.rejected.class-exists", cleanName, cleanTerm));
        }
        var created = classes.save(new SchoolClass(cleanName, cleanTerm, clock.instant()));
        audit.record("class.created", "class", created.getId(), describe(created));
        return new ClassSummary(created.getId(), created.getName(), created.getTerm(), created.isArchived());
    }

    /** Renames a class, refusing if someone else changed it since {@code expectedVersion} was read. */
    @Transactional
    @AdminOnly
    public void rename(long classId, int expectedVersion, String newName) {
        var schoolClass = classes.findById(classId).orElseThrow(RosterRules::noSuchClass);
        var name = RosterRules.className(newName);
        if (schoolClass.getVersion() != expectedVersion) {
            throw new RosterRejectedException(Message.of("roster.rejected.changed-meanwhile"));
        }
        if (name.equals(schoolClass.getName())) {
            return;
        }
        if (classes.findByNameAndTerm(name, schoolClass.getTerm()).isPresent()) {
            throw new RosterRejectedException(Message.of("roster.rejected.class-exists", name, schoolClass.getTerm()));
        }
        var before = schoolClass.getName();
        schoolClass.rename(name);
        audit.record("class.renamed", "class", classId, before + " -> " + name);
    }

    @Transactional
    @AdminOnly
    public void archive(long classId) {
        var schoolClass = classes.findById(classId).orElseThrow(RosterRules::noSuchClass);
        if (!schoolClass.isArchived()) {
            schoolClass.archive();
            audit.record("class.archived", "class", classId, describe(schoolClass));
        }
    }

    @Transactional
    @AdminOnly
    public void unarchive(long classId) {
        var schoolClass = classes.findById(classId).orElseThrow(RosterRules::noSuchClass);
        if (schoolClass.isArchived()) {
            schoolClass.unarchive();
            audit.record("class.unarchived", "class", classId, describe(schoolClass));
        }
    }

    private static String describe(SchoolClass schoolClass) {
        return schoolClass.getName() + " (" + schoolClass.getTerm() + ")";
    }

    private static String pattern(ClassFilter filter) {
        var text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
