package org.sourcework.roster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcework.base.Message;
import org.sourcework.roster.ClassRole;
import org.sourcework.roster.ImportAction;
import org.sourcework.roster.ImportChange;
import org.sourcework.roster.ImportOptions;
import org.sourcework.roster.ImportPlan;
import org.sourcework.roster.ImportProblem;
import org.sourcework.roster.ImportRow;
import org.sourcework.security.AppRole;
import org.sourcework.users.UserService;
import org.sourcework.users.UserSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Decides, without changing anything, what each row of a roster file would do, and what is wrong with it. */
@Component
@Transactional(readOnly = true) // joins the import's own transaction; a plan only reads
public class ImportPlanner {

    // the same rules UserService applies when the account is created; checked here so that every row is reported
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserService users;
    private final SchoolClassRepository classes;
    private final EnrolmentRepository enrolments;

    ImportPlanner(UserService users, SchoolClassRepository classes, EnrolmentRepository enrolments) {
        this.users = users;
        this.classes = classes;
        this.enrolments = enrolments;
    }

    /**
     * Only the role names the help lists, in any letter case. A guessed synonym ("teacher", "TA", "staff")
     * would quietly give someone access to a class's work, so anything else is a problem for a person to settle.
     */
    public static Optional<AppRole> role(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "student" -> Optional.of(AppRole.STUDENT);
            case "instructor" -> Optional.of(AppRole.INSTRUCTOR);
            case "administrator" -> Optional.of(AppRole.ADMIN);
            default -> Optional.empty();
        };
    }

    public ImportPlan plan(RosterCsv.Content content, ImportOptions options) {
        var firstRowOf = new HashMap<String, Integer>();
        var classesToCreate = new HashSet<String>();
        var rows = new ArrayList<ImportRow>();
        for (var line : content.lines()) {
            rows.add(planRow(line, content.hasTermColumn(), options, firstRowOf, classesToCreate));
        }
        return new ImportPlan(
                List.copyOf(rows), options.term() == null ? "" : options.term().strip());
    }

    private ImportRow planRow(
            RosterCsv.Line line,
            boolean hasTermColumn,
            ImportOptions options,
            Map<String, Integer> firstRowOf,
            Set<String> classesToCreate) {
        var problems = new ArrayList<ImportProblem>();
        var actions = new ArrayList<ImportAction>();
        var row = line.row();
        var username = line.get(ImportColumn.USERNAME).toLowerCase(Locale.ROOT);
        var displayName = line.get(ImportColumn.DISPLAY_NAME);
        var email = line.get(ImportColumn.EMAIL);
        var roleText = line.get(ImportColumn.ROLE);
        var className = line.get(ImportColumn.CLASS);
        var term = line.get(ImportColumn.TERM).isBlank() && options.term() != null
                ? options.term().strip()
                : line.get(ImportColumn.TERM);

        var usernameOk = false;
        if (username.isBlank()) {
            problems.add(missing(row, ImportColumn.USERNAME));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(new ImportProblem(
                    row, ImportColumn.USERNAME.label(), Message.of("import.problem.username", username)));
        } else if (firstRowOf.containsKey(username)) {
            problems.add(new ImportProblem(
                    row,
                    ImportColumn.USERNAME.label(),
                    Message.of("import.problem.username-twice", username, firstRowOf.get(username))));
        } else {
            firstRowOf.put(username, row);
            usernameOk = true;
        }
        if (displayName.isBlank()) {
            problems.add(missing(row, ImportColumn.DISPLAY_NAME));
        } else if (displayName.length() > 120) {
            problems.add(new ImportProblem(
                    row, ImportColumn.DISPLAY_NAME.label(), Message.of("import.problem.display-name-long")));
        }
        if (email.isBlank()) {
            problems.add(missing(row, ImportColumn.EMAIL));
        } else if (email.length() > 254) {
            problems.add(new ImportProblem(row, ImportColumn.EMAIL.label(), Message.of("import.problem.email-long")));
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(new ImportProblem(row, ImportColumn.EMAIL.label(), Message.of("import.problem.email", email)));
        }
        var role = role(roleText);
        if (roleText.isBlank()) {
            problems.add(missing(row, ImportColumn.ROLE));
        } else if (role.isEmpty()) {
            problems.add(
                    new ImportProblem(row, ImportColumn.ROLE.label(), Message.of("import.problem.role", roleText)));
        } else if (role.get() == AppRole.ADMIN && !className.isBlank()) {
            problems.add(new ImportProblem(
                    row, ImportColumn.ROLE.label(), Message.of("import.problem.administrator-in-class")));
        }

        Optional<UserSummary> existing = usernameOk ? users.findByUsername(username) : Optional.empty();
        var changes = new ArrayList<ImportChange>();
        if (existing.isPresent()) {
            differences(row, existing.get(), displayName, email, role, options.updateExisting(), changes)
                    .ifPresent(problems::add);
            if (!changes.isEmpty()) {
                actions.add(ImportAction.UPDATE_USER);
            }
        } else if (usernameOk) {
            actions.add(ImportAction.CREATE_USER);
        }

        if (!className.isBlank()) {
            if (className.length() > 120) {
                problems.add(
                        new ImportProblem(row, ImportColumn.CLASS.label(), Message.of("import.problem.class-long")));
            } else if (term.isBlank()) {
                problems.add(new ImportProblem(
                        row,
                        (hasTermColumn ? ImportColumn.TERM : ImportColumn.CLASS).label(),
                        Message.of("import.problem.term-missing", className)));
            } else if (term.length() > 60) {
                problems.add(new ImportProblem(row, ImportColumn.TERM.label(), Message.of("import.problem.term-long")));
            } else {
                var schoolClass = classes.findByNameAndTerm(className, term);
                if (schoolClass.isPresent()) {
                    var enrolment = existing.flatMap(user ->
                            enrolments.findByClassIdAndUserId(schoolClass.get().getId(), user.id()));
                    var classRole =
                            role.orElse(AppRole.STUDENT) == AppRole.STUDENT ? ClassRole.STUDENT : ClassRole.INSTRUCTOR;
                    if (enrolment.isEmpty()) {
                        actions.add(ImportAction.ENROL);
                    } else if (enrolment.get().getClassRole() != classRole) {
                        problems.add(new ImportProblem(
                                row,
                                ImportColumn.ROLE.label(),
                                Message.of(
                                        "import.problem.in-class-as",
                                        username,
                                        className,
                                        Message.of("class-role."
                                                + enrolment
                                                        .get()
                                                        .getClassRole()
                                                        .name()
                                                        .toLowerCase(Locale.ROOT)))));
                    }
                } else if (options.createMissingClasses()) {
                    if (problems.isEmpty() && classesToCreate.add(className + "\n" + term)) {
                        actions.add(ImportAction.CREATE_CLASS);
                    }
                    actions.add(ImportAction.ENROL);
                } else {
                    problems.add(new ImportProblem(
                            row, ImportColumn.CLASS.label(), Message.of("import.problem.no-class", className, term)));
                }
            }
        }
        if (actions.isEmpty()) {
            actions.add(ImportAction.UNCHANGED);
        }
        return new ImportRow(
                row,
                username,
                displayName,
                email,
                roleText,
                className,
                className.isBlank() ? "" : term,
                problems.isEmpty() ? List.copyOf(actions) : List.of(),
                List.copyOf(problems),
                problems.isEmpty() ? List.copyOf(changes) : List.of());
    }

    // Without "update existing users" an import never changes an account: differing details are a problem for a
    // person to settle. With it, the name and email follow the file; a role is never changed by a file.
    private static Optional<ImportProblem> differences(
            int row,
            UserSummary user,
            String displayName,
            String email,
            Optional<AppRole> role,
            boolean update,
            List<ImportChange> changes) {
        if (role.isPresent() && role.get() != user.role()) {
            return Optional.of(new ImportProblem(
                    row,
                    ImportColumn.ROLE.label(),
                    Message.of(
                            "import.problem.differs.role",
                            user.username(),
                            Message.of("import.role." + user.role().name()),
                            Message.of("import.role." + role.get().name()))));
        }
        if (!displayName.isBlank() && !displayName.equals(user.displayName())) {
            if (!update) {
                return Optional.of(new ImportProblem(
                        row,
                        ImportColumn.DISPLAY_NAME.label(),
                        Message.of(
                                "import.problem.differs.display-name",
                                user.username(),
                                user.displayName(),
                                displayName)));
            }
            changes.add(new ImportChange(ImportColumn.DISPLAY_NAME.label(), user.displayName(), displayName));
        }
        if (!email.isBlank() && !email.equalsIgnoreCase(user.email())) {
            if (!update) {
                return Optional.of(new ImportProblem(
                        row,
                        ImportColumn.EMAIL.label(),
                        Message.of("import.problem.differs.email", user.username(), user.email(), email)));
            }
            changes.add(new ImportChange(ImportColumn.EMAIL.label(), user.email(), email));
        }
        return Optional.empty();
    }

    private static ImportProblem missing(int row, ImportColumn column) {
        return new ImportProblem(row, column.label(), Message.of("import.problem.missing", column.label()));
    }
}
