package org.sourcework.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.sourcework.base.Message;
import org.sourcework.security.SignedInUser;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
@Transactional
class RosterImportServiceTest {

    static final ImportOptions SPRING_2027 = new ImportOptions("Spring 2027", false);

    @Autowired
    RosterImportService imports;

    @Autowired
    ClassAdminService classes;

    @Autowired
    RosterQueries roster;

    @Autowired
    UserService users;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    RunAs runAs;

    static byte[] csv(String name) {
        try {
            return new ClassPathResource("csv/" + name).getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ImportPlan dryRun(String file) {
        return runAs.user("admin", () -> imports.dryRun(csv(file), SPRING_2027));
    }

    private ImportResult apply(String file, ImportOptions options) {
        return runAs.user("admin", () -> imports.apply(csv(file), options));
    }

    private ClassRoster rosterOf(String className) {
        return runAs.user(
                "admin",
                () -> classes.roster(
                        roster.findClass(className, "Spring 2027").orElseThrow().id()));
    }

    @Test
    void dry_run_shows_for_every_row_whether_it_creates_enrols_or_changes_nothing() {
        var plan = dryRun("valid.csv");

        assertThat(plan.rows()).extracting(ImportRow::row).containsExactly(2, 3, 4);
        assertThat(plan.rows())
                .extracting(ImportRow::actions)
                .containsExactly(
                        List.of(ImportAction.CREATE_USER, ImportAction.ENROL),
                        List.of(ImportAction.CREATE_USER, ImportAction.ENROL),
                        List.of(ImportAction.UNCHANGED));
        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void a_dry_run_changes_nothing() {
        var usersBefore = runAs.user("admin", () -> users.countUsers());
        var classesBefore = runAs.user("admin", () -> classes.count(ClassFilter.all()));

        runAs.user("admin", () -> imports.dryRun(csv("unknown-class.csv"), new ImportOptions("Spring 2027", true)));
        dryRun("valid.csv");

        assertThat(runAs.user("admin", () -> users.countUsers())).isEqualTo(usersBefore);
        assertThat(runAs.user("admin", () -> classes.count(ClassFilter.all()))).isEqualTo(classesBefore);
        assertThat(runAs.user("admin", () -> users.findByUsername("ivy.new"))).isEmpty();
    }

    @Test
    void applying_creates_accounts_that_must_change_their_temporary_password_and_enrols_them() {
        var result = apply("valid.csv", SPRING_2027);

        assertThat(result.usersCreated()).isEqualTo(2);
        assertThat(result.enrolled()).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.passwords()).extracting(TemporaryPassword::username).containsExactly("ivy.new", "jonas.new");
        var ivy = (SignedInUser) accounts.loadUserByUsername("ivy.new");
        assertThat(ivy.mustChangePassword()).isTrue();
        assertThat(encoder.matches(result.passwords().getFirst().password(), ivy.getPassword()))
                .isTrue();
        assertThat(rosterOf("History 11A").students())
                .extracting(ClassMember::username)
                .contains("ivy.new");
        assertThat(runAs.user("ivy.new", () -> roster.myAssignments()))
                .singleElement()
                .extracting(StudentAssignment::className)
                .isEqualTo("History 11A");
        assertThat(new String(result.passwordsCsv(Locale.ROOT), StandardCharsets.UTF_8))
                .startsWith("\uFEFF\"username\",\"display name\",\"temporary password\"\r\n\"ivy.new\",\"Ivy Novak\",");
    }

    @Test
    void a_display_name_a_spreadsheet_would_run_as_a_formula_reaches_the_password_file_as_text() throws IOException {
        var result = apply("formula-name.csv", SPRING_2027);

        var bytes = result.passwordsCsv(Locale.ROOT);
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))) {
            assertThat(parser.getRecords()).singleElement().satisfies(record -> {
                assertThat(record.get("username")).isEqualTo("ivy.new");
                assertThat(record.get("display name")).isEqualTo("'=HYPERLINK(\"http://x.example\",\"pw\")");
            });
        }
    }

    @Test
    void importing_the_same_file_again_changes_nothing() {
        apply("valid.csv", SPRING_2027);

        var again = apply("valid.csv", SPRING_2027);

        assertThat(again.usersCreated()).isZero();
        assertThat(again.enrolled()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(again.passwords()).isEmpty();
        assertThat(dryRun("valid.csv").rows())
                .allSatisfy(row -> assertThat(row.actions()).containsExactly(ImportAction.UNCHANGED));
    }

    @Test
    void applying_skips_the_bad_row_and_applies_the_others() {
        var result = apply("one-bad-row.csv", SPRING_2027);

        assertThat(result.usersCreated()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(runAs.user("admin", () -> users.findByUsername("lee.new"))).isPresent();
    }

    @Test
    void a_missing_field_is_reported_with_its_row_and_column() {
        assertThat(dryRun("missing-field.csv").problems())
                .extracting(ImportProblem::formatted)
                .containsExactly("Row 3, column 'display name': The display name is missing.");
    }

    @Test
    void an_email_without_an_at_sign_is_reported() {
        assertThat(dryRun("bad-email.csv").problems())
                .extracting(ImportProblem::formatted)
                .containsExactly(
                        "Row 3, column 'email': 'kim.new.school.example' is not an email address (it needs an @ and a"
                                + " domain).");
    }

    @Test
    void an_over_long_field_is_reported() {
        assertThat(dryRun("too-long-field.csv").problems())
                .extracting(ImportProblem::formatted)
                .containsExactly("Row 2, column 'display name': The display name is longer than 120 characters.");
    }

    @Test
    void an_unknown_role_is_reported() {
        assertThat(dryRun("unknown-role.csv").problems())
                .extracting(ImportProblem::formatted)
                .containsExactly(
                        "Row 2, column 'role': Role 'wizard' is not one of student, instructor, administrator.");
    }

    @Test
    void dry_run_flags_a_role_name_the_help_does_not_list_and_accepts_the_listed_ones_in_any_case() {
        var plan = dryRun("undocumented-roles.csv");

        assertThat(plan.problems())
                .extracting(ImportProblem::formatted)
                .containsExactly(
                        "Row 4, column 'role': Role 'Teacher' is not one of student, instructor, administrator.",
                        "Row 5, column 'role': Role 'admin' is not one of student, instructor, administrator.");
        assertThat(plan.rows())
                .filteredOn(ImportRow::valid)
                .extracting(ImportRow::username)
                .containsExactly("ivy.new", "mr.khan");
        assertThat(plan.rows())
                .filteredOn(row -> !row.valid())
                .allSatisfy(row -> assertThat(row.actions()).isEmpty());
        assertThat(runAs.user("admin", () -> users.findByUsername("ms.lee"))).isEmpty();
    }

    @Test
    void a_teacher_row_neither_creates_an_account_nor_gives_access_to_the_class() {
        var result = apply("undocumented-roles.csv", SPRING_2027);

        assertThat(result.usersCreated()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(runAs.user("admin", () -> users.findByUsername("ms.lee"))).isEmpty();
        assertThat(runAs.user("admin", () -> users.findByUsername("root.new"))).isEmpty();
        assertThat(rosterOf("History 11A").instructors())
                .extracting(ClassMember::username)
                .contains("mr.khan")
                .doesNotContain("ms.lee");
    }

    @Test
    void a_username_twice_in_the_file_is_reported_on_its_second_row() {
        assertThat(dryRun("duplicate-username.csv").problems())
                .extracting(ImportProblem::formatted)
                .containsExactly("Row 3, column 'username': 'ivy.new' is already used in row 2; each username may"
                        + " appear only once in a file.");
    }

    @Test
    void an_existing_username_with_different_details_is_a_problem_not_an_update() {
        assertThat(dryRun("existing-different.csv").problems())
                .extracting(ImportProblem::formatted)
                .containsExactly("Row 2, column 'email': The account 'amira' already exists with email"
                        + " 'amira@demo.sourcework.org', not 'amira.haddad@elsewhere.example'. Choose 'Update names"
                        + " and emails of existing users' to change it, or correct the file.");

        apply("existing-different.csv", SPRING_2027);
        assertThat(runAs.user("admin", () -> users.findByUsername("amira"))
                        .orElseThrow()
                        .email())
                .isEqualTo("amira@demo.sourcework.org");
    }

    @Test
    void with_updates_chosen_an_existing_accounts_new_email_is_shown_in_the_dry_run_then_applied() {
        var updating = new ImportOptions("Spring 2027", false, true);

        var plan = runAs.user("admin", () -> imports.dryRun(csv("existing-different.csv"), updating));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.rows()).singleElement().satisfies(row -> {
            assertThat(row.actions()).containsExactly(ImportAction.UPDATE_USER);
            assertThat(row.changes())
                    .containsExactly(new ImportChange(
                            Message.of("import.column.email"),
                            "amira@demo.sourcework.org",
                            "amira.haddad@elsewhere.example"));
        });
        assertThat(runAs.user("admin", () -> users.findByUsername("amira"))
                        .orElseThrow()
                        .email())
                .as("a dry run changes nothing")
                .isEqualTo("amira@demo.sourcework.org");

        var result = apply("existing-different.csv", updating);

        assertThat(result.usersUpdated()).isEqualTo(1);
        assertThat(runAs.user("admin", () -> users.findByUsername("amira"))
                        .orElseThrow()
                        .email())
                .isEqualTo("amira.haddad@elsewhere.example");
        assertThat(runAs.user("admin", () -> imports.dryRun(csv("existing-different.csv"), updating))
                        .changesAnything())
                .as("the same file again")
                .isFalse();
    }

    @Test
    void updating_existing_accounts_never_changes_a_role() {
        var file = "username,display name,email,role\namira,Amira Haddad,amira@demo.sourcework.org,instructor\n"
                .getBytes(StandardCharsets.UTF_8);

        var plan = runAs.user("admin", () -> imports.dryRun(file, new ImportOptions("Spring 2027", false, true)));

        assertThat(plan.problems()).extracting(ImportProblem::column).containsExactly(Message.of("import.column.role"));
        assertThat(plan.changesAnything()).isFalse();
    }

    @Test
    void the_terms_offered_start_with_the_term_of_the_newest_class_and_it_is_the_default() {
        runAs.user("admin", () -> classes.create("History 10A", "Winter 2028"));

        assertThat(runAs.user("admin", () -> imports.terms())).containsExactly("Winter 2028", "Spring 2027");
        var plan = runAs.user("admin", () -> imports.dryRun(csv("valid.csv"), new ImportOptions("", true)));
        assertThat(plan.term()).isEqualTo("Winter 2028");
        assertThat(plan.rows()).extracting(ImportRow::term).containsOnly("Winter 2028");
    }

    @Test
    void an_unknown_class_is_rejected_unless_missing_classes_may_be_created() {
        assertThat(dryRun("unknown-class.csv").problems())
                .extracting(ImportProblem::formatted)
                .containsExactly(
                        "Row 2, column 'class': There is no class 'History 12C' in Spring 2027. Create it first, or choose"
                                + " 'Create missing classes'.");

        var creating = new ImportOptions("Spring 2027", true);
        var plan = runAs.user("admin", () -> imports.dryRun(csv("unknown-class.csv"), creating));
        assertThat(plan.rows().getFirst().actions())
                .containsExactly(ImportAction.CREATE_USER, ImportAction.CREATE_CLASS, ImportAction.ENROL);

        assertThat(apply("unknown-class.csv", creating).classesCreated()).isEqualTo(1);
        assertThat(rosterOf("History 12C").students())
                .extracting(ClassMember::username)
                .containsExactly("ivy.new");
    }

    @Test
    void a_term_column_overrides_the_term_chosen_for_the_file() {
        var result = apply("term-column.csv", new ImportOptions("", true));

        assertThat(result.classesCreated()).isEqualTo(1);
        assertThat(runAs.user("admin", () -> roster.findClass("Geography 9", "Autumn 2027")))
                .isPresent();
    }

    @Test
    void a_file_with_a_byte_order_mark_and_windows_line_ends_is_read() {
        assertThat(dryRun("bom.csv").rows()).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("ivy.new");
            assertThat(row.valid()).isTrue();
        });
    }

    @Test
    void a_semicolon_separated_file_with_other_header_names_is_read() {
        assertThat(dryRun("semicolon.csv").rows()).singleElement().satisfies(row -> {
            assertThat(row.displayName()).isEqualTo("Novak, Ivy");
            assertThat(row.email()).isEqualTo("ivy.new@school.example");
            assertThat(row.valid()).isTrue();
        });
    }

    @Test
    void quoted_fields_may_hold_commas_and_quotes() {
        assertThat(dryRun("quoted.csv").rows())
                .extracting(ImportRow::displayName)
                .containsExactly("Novak, Ivy", "Berg, Jonas \"Joe\"");
    }

    @Test
    void a_file_over_one_megabyte_is_refused() {
        var big = new byte[RosterImportService.MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');

        assertThatThrownBy(() -> runAs.user("admin", () -> imports.dryRun(big, SPRING_2027)))
                .isInstanceOf(RosterRejectedException.class)
                .hasMessage("The file is larger than 1 MB. Split it into smaller files and import them one after"
                        + " the other.");
    }

    @Test
    void a_header_without_a_required_column_is_refused() {
        var noEmail = "username,display name,role\nivy.new,Ivy Novak,student\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> runAs.user("admin", () -> imports.dryRun(noEmail, SPRING_2027)))
                .isInstanceOf(RosterRejectedException.class)
                .hasMessage("The header row has no email column. Name it one of: email, e-mail, mail, email address.");
    }

    @Test
    void only_administrators_may_import() {
        var file = csv("valid.csv");

        assertThatThrownBy(() -> runAs.user("amira", () -> imports.dryRun(file, SPRING_2027)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("hughes", () -> imports.apply(file, SPRING_2027)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.dryRun(file, SPRING_2027))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
