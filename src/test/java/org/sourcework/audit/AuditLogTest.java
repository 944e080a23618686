package org.sourcework.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.internal.AuditEvent;
import org.sourcework.audit.internal.AuditEvents;
import org.sourcework.security.AppRole;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.users.NewUser;
import org.sourcework.users.UserAdminService;
import org.sourcework.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditLogTest {

    private static final AuditFilter CREATED_BY_ADMIN = new AuditFilter("admin", "user.created", null, null);

    @Autowired
    AuditService audit;

    @Autowired
    UserService users;

    @Autowired
    UserAdminService admin;

    @Autowired
    RunAs runAs;

    @Autowired
    TransactionTemplate transactions;

    private long createdByAdmin() {
        return runAs.user("admin", () -> audit.count(CREATED_BY_ADMIN));
    }

    @Test
    void a_change_that_is_rolled_back_leaves_no_audit_entry() {
        var before = createdByAdmin();

        var inside = transactions.execute(status -> {
            runAs.user(
                    "admin",
                    () -> users.create(new NewUser(
                            "rolledback",
                            "Rolled Back",
                            "rb@example.org",
                            AppRole.STUDENT,
                            "river stones at dawn",
                            true)));
            var count = createdByAdmin();
            status.setRollbackOnly();
            return count;
        });

        assertThat(inside).isEqualTo(before + 1);
        assertThat(createdByAdmin()).isEqualTo(before);
    }

    @Test
    void the_log_offers_no_way_to_change_or_remove_an_entry() {
        assertThat(AuditEvent.class).hasAnnotation(org.hibernate.annotations.Immutable.class);
        assertThat(Arrays.stream(AuditEvent.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
        for (var type : new Class<?>[] {AuditLog.class, AuditService.class, AuditEvents.class}) {
            assertThat(Arrays.stream(type.getDeclaredMethods())
                            .filter(m -> Modifier.isPublic(m.getModifiers()))
                            .map(Method::getName))
                    .as(type.getSimpleName())
                    .noneMatch(name -> name.matches("(?i).*(update|delete|remove|clear|set).*"));
        }
    }

    private List<CSVRecord> exported(AuditFilter filter) throws IOException {
        var out = new ByteArrayOutputStream();
        runAs.user("admin", () -> audit.exportCsv(filter, Locale.ROOT, out));
        var bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))) {
            assertThat(parser.getHeaderNames())
                    .containsExactly("occurred_at", "actor", "action", "target_type", "target_id", "details");
            return parser.getRecords();
        }
    }

    @Test
    void export_writes_a_header_and_one_row_per_matching_entry() throws Exception {
        var filter = new AuditFilter("system", "user.created", null, null);

        var expected = runAs.user("admin", () -> audit.count(filter));

        var rows = exported(filter);

        assertThat(rows).hasSize(expected.intValue()).isNotEmpty();
        assertThat(rows).anySatisfy(row -> assertThat(row.get("details")).contains("username=amira"));
    }

    @Test
    @Transactional
    void a_display_name_a_spreadsheet_would_run_as_a_formula_reaches_the_export_as_text() throws Exception {
        var formula = "=HYPERLINK(\"http://x.example\",\"pw\")";
        var created = runAs.user(
                "admin",
                () -> users.create(new NewUser(
                        "formula.name",
                        formula,
                        "formula@example.org",
                        AppRole.STUDENT,
                        "river stones at dawn",
                        true)));
        runAs.user("admin", () -> {
            var account = admin.get(created.id());
            admin.update(account.id(), account.version(), "Plain Name", account.email(), account.role());
        });

        var rows = exported(new AuditFilter("admin", "user.updated", null, null));

        assertThat(rows).anySatisfy(row -> assertThat(row.get("details")).startsWith("'" + formula + ", "));
    }

    @Test
    void filter_by_dates_is_inclusive_and_by_action_exact() {
        runAs.user("admin", () -> {
            var all = audit.count(AuditFilter.all());
            var today = java.time.LocalDate.now();
            assertThat(audit.count(new AuditFilter(null, null, today.minusDays(1), today.plusDays(1))))
                    .isEqualTo(all);
            assertThat(audit.count(new AuditFilter(null, null, today.plusDays(1), null)))
                    .isZero();
            assertThat(audit.count(new AuditFilter(null, "user.created", null, null)))
                    .isPositive();
            assertThat(audit.count(new AuditFilter(null, "user.create", null, null)))
                    .isZero();
        });
    }
}
