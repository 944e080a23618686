package org.sourcework.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcework.base.ClusterLock;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.roster.ClassRole;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterService;
import org.sourcework.security.AppRole;
import org.sourcework.security.SignedInUser;
import org.sourcework.security.SystemAuthentication;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo school when it is missing, through the same services administrators use.
 * Running it again changes nothing. Never runs under the {@code prod} profile. Nodes that start
 * together seed one after the other ({@link ClusterLock}), so the second finds the school there.
 */
@Component
@Profile("!prod")
public class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    static final String LOCK = "demo-school";

    private final UserService users;
    private final RosterService roster;
    private final LessonCatalogService lessons;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClusterLock clusterLock;
    private final SampleWork sampleWork;
    private final boolean withSampleWork;

    DemoDataSeeder(
            UserService users,
            RosterService roster,
            LessonCatalogService lessons,
            TransactionTemplate transactions,
            Clock clock,
            ClusterLock clusterLock,
            SampleWork sampleWork,
            @Value("${sourcework.demo.sample-work:true}") boolean withSampleWork) {
        this.sampleWork = sampleWork;
        this.withSampleWork = withSampleWork;
        this.users = users;
        this.roster = roster;
        this.lessons = lessons;
        this.transactions = transactions;
        this.clock = clock;
        this.clusterLock = clusterLock;
    }

    @Override
    public void run(ApplicationArguments args) {
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
        var classId = roster.createClass(DemoData.SAMPLE_CLASS, DemoData.TERM).id();
        var instructor = users.findByUsername(DemoData.SAMPLE_INSTRUCTOR).orElseThrow();
        roster.enrol(classId, instructor.id(), ClassRole.INSTRUCTOR);
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
            roster.enrol(classId, id, ClassRole.STUDENT);
            ids.put(student.username(), id);
        }
        var assignmentId =
                roster.assign(classId, lessonId.get(), clock.instant().plus(Duration.ofDays(7)));
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
                    existing.orElseGet(() -> roster.createClass(name, DemoData.TERM))
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
                var role = account.role() == AppRole.INSTRUCTOR ? ClassRole.INSTRUCTOR : ClassRole.STUDENT;
                roster.enrol(classIds.get(account.className()), id, role);
            }
        }
        var lessonId = lessons.lessonIdBySlug(DemoData.LESSON_SLUG);
        if (lessonId.isPresent()) {
            var now = clock.instant();
            roster.assign(classIds.get(DemoData.CLASS_A), lessonId.get(), now.plus(Duration.ofDays(14)));
            // 11B has one period for the telegram, so it is given the core path; 11A and the sample
            // class (whose work covers every question) are given the full lesson
            roster.assign(
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
