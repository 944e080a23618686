package org.sourcework.base.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The readiness probe writes; a database that refuses the write is DOWN, and the log says so once. */
@ExtendWith(OutputCaptureExtension.class)
class WritableDatabaseHealthIndicatorTest {

    private static final String REFUSAL = "Check constraint invalid: \"ck_app_user_role: \"";

    private final PreparedStatement insert = mock(PreparedStatement.class);
    private final DataSource dataSource = dataSourceWith(insert);
    private final WritableDatabaseHealthIndicator indicator = new WritableDatabaseHealthIndicator(dataSource);

    @Test
    void a_database_that_accepts_the_probe_write_is_up() {
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void a_database_that_refuses_writes_is_down_and_logged_once_until_it_recovers(CapturedOutput output)
            throws SQLException {
        when(insert.executeUpdate())
                .thenThrow(new SQLException(
                        "could not execute statement", new SQLIntegrityConstraintViolationException(REFUSAL)));

        var first = indicator.health();
        var second = indicator.health();

        assertThat(first.getStatus()).isEqualTo(Status.DOWN);
        assertThat(second.getStatus()).isEqualTo(Status.DOWN);
        assertThat(first.getDetails()).containsEntry("error", REFUSAL);
        assertThat(output.getOut().lines().filter(line -> line.contains("The database refuses writes")))
                .singleElement()
                .asString()
                .contains("ERROR")
                .contains(REFUSAL);

        doReturn(1).when(insert).executeUpdate();

        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        assertThat(output.getOut()).contains("The database accepts writes again");
    }

    private static DataSource dataSourceWith(PreparedStatement insert) {
        try {
            var connection = mock(Connection.class);
            when(connection.prepareStatement(anyString())).thenReturn(insert);
            var source = mock(DataSource.class);
            when(source.getConnection()).thenReturn(connection);
            return source;
        } catch (SQLException impossible) {
            throw new AssertionError(impossible);
        }
    }
}
