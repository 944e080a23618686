package org.sourcework.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcework.audit.AuditEntry;
import org.sourcework.support.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
class AuditViewTest extends SpringBrowserlessTest {

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

        test((Select<String>) find(Select.class).withLabel("Action").single()).selectItem("user.created");

        assertThat(rows()).isNotEmpty().extracting(AuditEntry::action).containsOnly("user.created");
    }

    @Test
    @WithUserDetails("amira")
    void student_cannot_open_the_audit_log() {
        UI.getCurrent().navigate("admin/audit");

        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
    }
}
