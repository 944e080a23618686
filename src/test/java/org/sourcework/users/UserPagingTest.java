package org.sourcework.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.security.AppRole;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The users view pages in the database: with 10,000 accounts a page is still 50 rows and counts are exact. */
@IntegrationTest
@Transactional
class UserPagingTest {

    private static final int GENERATED = 10_000;

    @Autowired
    UserAdminService admin;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void tenThousandStudents() {
        var rows = new ArrayList<Object[]>(GENERATED);
        var now = Timestamp.from(Instant.parse("2026-09-01T08:00:00Z"));
        for (int i = 0; i < GENERATED; i++) {
            // ids far above the sequence, so they never meet the ones JPA hands out
            rows.add(new Object[] {
                1_000_000L + i,
                String.format("pupil%05d", i),
                "Pupil " + i,
                "pupil" + i + (i % 2 == 0 ? "@north.example.org" : "@south.example.org"),
                i % 10 == 0 ? "INSTRUCTOR" : "STUDENT",
                i % 100 != 0,
                now
            });
        }
        // joins the test's transaction, so the rows are rolled back afterwards
        jdbc.batchUpdate(
                "insert into app_user (id, version, username, display_name, email, password_hash, role, "
                        + "enabled, must_change_password, created_at) values (?, 0, ?, ?, ?, '{noop}x', ?, ?, false, ?)",
                rows);
    }

    @Test
    void a_page_of_ten_thousand_accounts_has_fifty_rows_and_an_exact_count() {
        runAs.user("admin", () -> {
            var page = admin.page(new UserFilter("pupil", null, null), 100, 50);
            assertThat(page).hasSize(50);
            assertThat(page.getFirst().username()).isEqualTo("pupil00100");
            assertThat(admin.count(new UserFilter("pupil", null, null))).isEqualTo(GENERATED);
        });
    }

    @Test
    void filters_combine_in_the_count() {
        runAs.user("admin", () -> {
            assertThat(admin.count(new UserFilter("south.example", null, null))).isEqualTo(GENERATED / 2);
            assertThat(admin.count(new UserFilter("pupil", AppRole.INSTRUCTOR, null)))
                    .isEqualTo(GENERATED / 10);
            assertThat(admin.count(new UserFilter("pupil", AppRole.INSTRUCTOR, false)))
                    .isEqualTo(GENERATED / 100);
        });
    }
}
