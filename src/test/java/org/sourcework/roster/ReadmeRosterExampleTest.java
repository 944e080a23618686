package org.sourcework.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditEntry;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.ReadmeExamples;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster example in the README, read from README.md itself, imports as the README says: with no
 * term chosen and no term column, into the school's current term. If the README's example changes,
 * this test imports the new one.
 */
@IntegrationTest
@Transactional
class ReadmeRosterExampleTest {

    @Autowired
    RosterImportService imports;

    @Autowired
    ClassAdminService classes;

    @Autowired
    RosterQueries roster;

    @Autowired
    RunAs runAs;

    @Autowired
    AuditService audit;

    @Test
    void the_readme_example_imports_as_written_into_the_most_recent_term() {
        var csv = ReadmeExamples.rosterCsv();

        var plan = runAs.user("admin", () -> imports.dryRun(csv, new ImportOptions(null, false)));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.term()).isEqualTo("Spring 2027");
        assertThat(plan.rows())
                .allSatisfy(
                        row -> assertThat(row.actions()).containsExactly(ImportAction.CREATE_USER, ImportAction.ENROL));
        assertThat(plan.changesAnything()).isTrue();

        var result = runAs.user("admin", () -> imports.apply(csv, new ImportOptions(null, false)));

        assertThat(result.usersCreated()).isEqualTo(plan.rows().size());
        assertThat(result.skipped()).isZero();
        var history11A = runAs.user(
                "admin",
                () -> classes.roster(roster.findClass("History 11A", "Spring 2027")
                        .orElseThrow()
                        .id()));
        assertThat(history11A.students()).extracting(ClassMember::username).contains("zoe");
        assertThat(history11A.instructors()).extracting(ClassMember::username).contains("mr.khan");
    }

    @Test
    void importing_the_readme_example_a_second_time_would_change_nothing() {
        var csv = ReadmeExamples.rosterCsv();
        runAs.user("admin", () -> imports.apply(csv, new ImportOptions(null, false)));

        var again = runAs.user("admin", () -> imports.dryRun(csv, new ImportOptions(null, false)));

        assertThat(again.problems()).isEmpty();
        assertThat(again.changesAnything()).isFalse();
        assertThat(again.count(ImportAction.UNCHANGED)).isEqualTo(again.rows().size());
    }

    @Test
    void the_audit_log_counts_the_import_in_words_with_plurals_right() {
        runAs.user("admin", () -> imports.apply(ReadmeExamples.rosterCsv(), new ImportOptions(null, false)));

        var entry = runAs.user("admin", () -> audit.page(new AuditFilter(null, "roster.imported", null, null), 0, 1));

        assertThat(entry)
                .extracting(AuditEntry::details)
                .containsExactly("2 accounts created, no accounts updated,"
                        + " no classes created, 2 enrolments, no rows unchanged, no rows skipped");
    }
}
