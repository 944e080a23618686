package org.sourcework.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.sourcework.roster.internal.Enrolment;
import org.sourcework.roster.internal.EnrolmentRepository;
import org.sourcework.roster.internal.ImportPasswords;
import org.sourcework.roster.internal.ImportPlanner;
import org.sourcework.roster.internal.RosterAudit;
import org.sourcework.roster.internal.RosterCsv;
import org.sourcework.roster.internal.SchoolClass;
import org.sourcework.roster.internal.SchoolClassRepository;
import org.sourcework.security.AdminOnly;
import org.sourcework.security.AppRole;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports accounts and enrolments from a CSV file (see {@link RosterCsv} for what it accepts).
 * A dry run changes nothing; applying checks the file again and applies every valid row in one
 * transaction. Rows that would change an existing account are problems unless the administrator
 * chose to update existing accounts' names and emails; importing the same file twice changes nothing
 * the second time. Without a chosen term, classes are looked up in the school's most recent term.
 */
@Service
@Transactional
public class RosterImportService {

    public static final int MAX_BYTES = RosterCsv.MAX_BYTES;

    private final ImportPlanner planner;
    private final UserService users;
    private final UserAdminService accounts;
    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;
    private final ImportPasswords temporaryPasswords;
    private final RosterAudit audit;
    private final Clock clock;

    RosterImportService(
            ImportPlanner planner,
            UserService users,
            UserAdminService accounts,
            SchoolClassRepository classes,
            EnrolmentRepository enrolments,
            ImportPasswords temporaryPasswords,
            RosterAudit audit,
            Clock clock) {
        this.planner = planner;
        this.users = users;
        this.accounts = accounts;
        this.classes = classes;
        this.enrolments = enrolments;
        this.temporaryPasswords = temporaryPasswords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The terms of the school's classes in use, the most recent first (the term of the class created last):
     * the choices for {@link ImportOptions#term()}, and the first is the default.
     */
    @AdminOnly
    @Transactional(readOnly = true)
    public List<String> terms() {
        return classes.findTermsNewestFirst();
    }

    @Transactional(readOnly = true)
    @AdminOnly
    public ImportPlan dryRun(byte[] csv, ImportOptions options) {
        return planner.plan(RosterCsv.read(csv), withDefaultTerm(options));
    }

    @AdminOnly
    public ImportResult apply(byte[] csv, ImportOptions options) {
        var plan = planner.plan(RosterCsv.read(csv), withDefaultTerm(options));
        var classIds = new HashMap<String, Long>();
        var passwords = new ArrayList<TemporaryPassword>();
        long classesCreated = 0;
        long updated = 0;
        long enrolled = 0;
        long unchanged = 0;
        for (var row : plan.rows()) {
            if (!row.valid() || row.actions().contains(ImportAction.UNCHANGED)) {
                unchanged += row.valid() ? 1 : 0;
                continue;
            }
            var role = ImportPlanner.role(row.role()).orElseThrow();
            long userId;
            if (row.actions().contains(ImportAction.CREATE_USER)) {
                var password = temporaryPasswords.generate(row.username());
                userId = users.create(new NewUser(row.username(), row.displayName(), row.email(), role, password, true))
                        .id();
                passwords.add(new TemporaryPassword(row.username(), row.displayName(), password));
            } else {
                userId = users.findByUsername(row.username()).orElseThrow().id();
            }
            if (row.actions().contains(ImportAction.UPDATE_USER)) {
                var account = accounts.get(userId);
                accounts.update(userId, account.version(), row.displayName(), row.email(), account.role());
                updated++;
            }
            if (row.actions().contains(ImportAction.ENROL)) {
                var key = row.className() + "\n" + row.term();
                var classId = classIds.get(key);
                if (classId == null) {
                    var existing = classes.findByNameAndTerm(row.className(), row.term());
                    classesCreated += existing.isEmpty() ? 1 : 0;
                    classId = existing.orElseGet(
                                    () -> classes.save(new SchoolClass(row.className(), row.term(), clock.instant())))
                            .getId();
                    classIds.put(key, classId);
                }
                var classRole = role == AppRole.STUDENT ? ClassRole.STUDENT : ClassRole.INSTRUCTOR;
                enrolments.save(new Enrolment(classId, userId, classRole, clock.instant()));
                enrolled++;
            }
        }
        var result = new ImportResult(
                passwords.size(),
                updated,
                classesCreated,
                enrolled,
                unchanged,
                plan.rows().size() - plan.validRows(),
                passwords);
        audit.record(
                "roster.imported",
                "import",
                0,
                count(result.usersCreated(), "account") + " created, "
                        + count(result.usersUpdated(), "account") + " updated, "
                        + count(result.classesCreated(), "class")
                        + " created, " + count(result.enrolled(), "enrolment") + ", " + count(result.unchanged(), "row")
                        + " unchanged, " + count(result.skipped(), "row") + " skipped");
        return result;
    }

    // "no accounts", "1 account", "2 classes": the audit log is read by people
    private static String count(long n, String noun) {
        var plural = noun.endsWith("s") ? noun + "es" : noun + "s";
        return n == 0 ? "no " + plural : n == 1 ? "1 " + noun : n + " " + plural;
    }

    // a file without a term column needs a term for its classes: unless one was chosen, the current one
    private ImportOptions withDefaultTerm(ImportOptions options) {
        if (options.term() != null && !options.term().isBlank()) {
            return options;
        }
        return terms().stream().findFirst().map(options::withTerm).orElse(options);
    }
}
