package org.sourcework.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditEntry;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassAdminService classes;

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    private java.util.List<AuditEntry> rows() {
        var grid = test((Grid<AuditEntry>) find(Grid.class).single());
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void filter_by_action_shows_only_that_action() {
        navigate(AuditView.class);

        test((Select<String>) find(Select.class).withLabel("Action").single()).selectItem("Account created");

        assertThat(rows()).isNotEmpty().extracting(AuditEntry::action).containsOnly("user.created");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void entries_read_as_sentences_with_the_names_of_people_and_classes() {
        var created = classes.create("Audit Sentences " + System.nanoTime(), "Spring 2027");
        try {
            navigate(AuditView.class);

            var grid = test((Grid<AuditEntry>) find(Grid.class).single());
            var row = IntStream.range(0, grid.size())
                    .filter(i -> grid.getRow(i).targetId() != null
                            && grid.getRow(i).targetId().equals(Long.toString(created.id())))
                    .findFirst()
                    .orElseThrow();
            assertThat(grid.getCellText(row, 1))
                    .isEqualTo("Morgan Reyes created the class " + created.name() + " (Spring 2027)");
            assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, 1)))
                    .as("no internal names or ids")
                    .noneMatch(text -> text.matches(".*(\\b[a-z-]+\\.[a-z-]+\\b|user \\d|!\\{).*"));
        } finally {
            // the class would otherwise show in other tests' class lists and counts, which share this database
            jdbc.update("delete from school_class where id = ?", created.id());
        }
    }

    @Test
    @WithUserDetails("amira")
    void student_cannot_open_the_audit_log() {
        UI.getCurrent().navigate("admin/audit");

        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
