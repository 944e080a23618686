package org.sourcework.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditFilter;
import org.sourcework.audit.AuditService;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassFilter;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo school is made through the audited roster services, once. */
@IntegrationTest
class DemoSeedingAuditTest {

    @Autowired
    DemoDataSeeder seeder;

    @Autowired
    AuditService audit;

    @Autowired
    ClassAdminService classes;

    @Autowired
    RunAs runAs;

    private long bySystem(String action) {
        return runAs.user("admin", () -> audit.count(new AuditFilter("system", action, null, null)));
    }

    @Test
    void the_first_seeding_records_its_classes_enrolments_and_assignments_in_the_audit_log() {
        assertThat(bySystem("class.created")).isGreaterThanOrEqualTo(2);
        assertThat(bySystem("class.instructor-added")).isPositive();
        assertThat(bySystem("class.student-enrolled")).isPositive();
        assertThat(bySystem("class.lesson-assigned")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void seeding_again_creates_nothing_and_records_nothing() {
        var entries = bySystem(null);
        var classCount = runAs.user("admin", () -> classes.count(new ClassFilter("", true)));
        var history = runAs.user(
                "admin",
                () -> classes.roster(classes.page(new ClassFilter("History 11A", true), 0, 1)
                        .getFirst()
                        .id()));

        assertThat(seeder.seed()).isZero();

        assertThat(bySystem(null)).isEqualTo(entries);
        assertThat(runAs.user("admin", () -> classes.count(new ClassFilter("", true))))
                .isEqualTo(classCount);
        assertThat(runAs.user("admin", () -> classes.roster(history.details().id())))
                .isEqualTo(history);
    }
}
