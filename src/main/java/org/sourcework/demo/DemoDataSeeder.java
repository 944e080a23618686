package org.sourcework.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.base.ClusterLock;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassMember;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.security.AppRole;
import org.sourcework.security.SignedInUser;
import org.sourcework.security.SystemAuthentication;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo school when it is missing, through the same audited services administrators use
 * (so the audit log shows what the system created). Those services refuse a class, enrolment or
 * assignment that exists already, so the seeder looks first and adds only what is missing: running
 * it again changes nothing and records nothing. Never runs under the {@code prod} profile. Nodes that start
 * together seed one after the other ({@link ClusterLock}), so the second finds the school there.
 * The profile is checked when the application starts, not by {@code @Profile}: the production jar's bean
 * definitions are generated at build time, when no profile is active (docs/decisions/0021-spring-aot.md).
 */
@Component
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    static final String LOCK = "demo-school";

    private final UserService users;
    private final RosterQueries roster;
    private final ClassAdminService classAdmin;
    private final ClassRosterService classRoster;
    private final LessonCatalogService lessons;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterLock clusterLock;
    private final SampleWork sampleWork;
    private final boolean withSampleWork;
    private final boolean production;

    DemoDataSeeder(
            UserService users,
            RosterQueries roster,
            ClassAdminService classAdmin,
            ClassRosterService classRoster,
            LessonCatalogService lessons,
            TransactionTemplate transactions,
            Clock clock,
            ClusterLock clusterLock,
            SampleWork sampleWork,
            @Value("${sourcework.demo.sample-work:true}") boolean withSampleWork,
            Environment environment) {
        this.production = environment.matchesProfiles("prod");
        this.sampleWork = sampleWork;
        this.withSampleWork = withSampleWork;
        this.users = users;
        this.roster = roster;
        this.classAdmin = classAdmin;
        this.classRoster = classRoster;
        this.lessons = lessons;
        this.transactions = transactions;
        this.clock = clock;
        this.clusterLock = clusterLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (production) {
            return;
        }
        seed();
    }

    /** Seeds the demo school; returns how many accounts were created. */
    public int seed() {
        return clusterLock.exclusively(LOCK, this::seedNow);
    }

    private int seedNow() {
        int created = SystemAuthentication.asAdministrator(() -> transactions.execute(status -> seedAsAdministrator()));
        if (withSampleWork) {
            var sample = SystemAuthentication.asAdministrator(() -> transactions.execute(status -> seedSampleClass()));
            if (sample != null) {
                sampleWork.seed(sample.assignmentId(), sample.instructor(), sample.studentIds());
                log.info(
                        "Sample class {} seeded with {} students' work for the review screens.",
                        DemoData.SAMPLE_CLASS,
                        DemoData.SAMPLE_STUDENTS.size());
            }
        }
        return created;
    }

    private record SampleClass(long assignmentId, SignedInUser instructor, Map<String, Long> studentIds) {}

    /** The sample class, its students and its assignment; null when it exists already or the lesson is missing. */
    private SampleClass seedSampleClass() {
        var lessonId = lessons.lessonIdBySlug(DemoData.LESSON_SLUG);
        if (roster.findClass(DemoData.SAMPLE_CLASS, DemoData.TERM).isPresent() || lessonId.isEmpty()) {
            return null;
        }
        var classId = classAdmin.create(DemoData.SAMPLE_CLASS, DemoData.TERM).id();
        var instructor = users.findByUsername(DemoData.SAMPLE_INSTRUCTOR).orElseThrow();
        classRoster.addInstructor(classId, instructor.username());
        var ids = new HashMap<String, Long>();
        for (var student : DemoData.SAMPLE_STUDENTS) {
            var id = users.findByUsername(student.username())
                    .orElseGet(() -> users.create(new NewUser(
                            student.username(),
                            student.displayName(),
                            student.email(),
                            AppRole.STUDENT,
                            DemoData.PASSWORD,
                            false)))
                    .id();
            classRoster.enrolStudent(classId, student.username());
            ids.put(student.username(), id);
        }
        var assignmentId = classRoster.assignLesson(
                classId, lessonId.get(), clock.instant().plus(Duration.ofDays(7)));
        var signedIn = new SignedInUser(
                instructor.id(), instructor.username(), instructor.displayName(), AppRole.INSTRUCTOR, true, false, "");
        return new SampleClass(assignmentId, signedIn, ids);
    }

    private int seedAsAdministrator() {
        Map<String, Long> classIds = new HashMap<>();
        for (var name : new String[] {DemoData.CLASS_A, DemoData.CLASS_B}) {
            var existing = roster.findClass(name, DemoData.TERM);
            classIds.put(
                    name,
                    existing.orElseGet(() -> classAdmin.create(name, DemoData.TERM))
                            .id());
        }
        int created = 0;
        for (var account : DemoData.ACCOUNTS) {
            var user = users.findByUsername(account.username());
            if (user.isEmpty()) {
                created++;
            }
            var id = user.orElseGet(() -> users.create(new NewUser(
                            account.username(),
                            account.displayName(),
                            account.email(),
                            account.role(),
                            DemoData.PASSWORD,
                            false)))
                    .id();
            if (account.className() != null) {
                enrolIfMissing(classIds.get(account.className()), account);
            }
        }
        var lessonId = lessons.lessonIdBySlug(DemoData.LESSON_SLUG);
        if (lessonId.isPresent()) {
            var now = clock.instant();
            assignIfMissing(
                    classIds.get(DemoData.CLASS_A), lessonId.get(), now.plus(Duration.ofDays(14)), LessonPath.FULL);
            // 11B has one period for the telegram, so it is given the core path; 11A and the sample
            // class (whose work covers every question) are given the full lesson
            assignIfMissing(
                    classIds.get(DemoData.CLASS_B), lessonId.get(), now.plus(Duration.ofDays(21)), LessonPath.CORE);
        } else {
            log.warn(
                    "The demo lesson '{}' did not load, so it is not assigned to the demo classes. "
                            + "See the lesson problems above.",
                    DemoData.LESSON_SLUG);
        }
        if (created > 0) {
            logAccounts();
        }
        return created;
    }

    /** Leaves an account that is in the class already alone, whatever its place there. */
    private void enrolIfMissing(long classId, DemoAccount account) {
        var current = classAdmin.roster(classId);
        var inClass = Stream.concat(current.instructors().stream(), current.students().stream())
                .map(ClassMember::username)
                .anyMatch(account.username()::equals);
        if (inClass) {
            return;
        }
        if (account.role() == AppRole.STUDENT) {
            classRoster.enrolStudent(classId, account.username());
        } else {
            classRoster.addInstructor(classId, account.username());
        }
    }

    private void assignIfMissing(long classId, long lessonId, Instant dueAt, LessonPath path) {
        var given = classAdmin.roster(classId).lessons().stream().anyMatch(lesson -> lesson.lessonId() == lessonId);
        if (!given) {
            classRoster.assignLesson(classId, lessonId, dueAt, path);
        }
    }

    private static void logAccounts() {
        var text = new StringBuilder("Demo accounts created (password for all: ")
                .append(DemoData.PASSWORD)
                .append("):");
        DemoData.ACCOUNTS.forEach(account -> text.append(System.lineSeparator())
                .append(String.format(
                        "  %-8s %-16s %s%s",
                        account.username(),
                        account.displayName(),
                        account.role().name().toLowerCase(),
                        account.className() == null ? "" : ", " + account.className())));
        log.info(text.toString());
    }
}
