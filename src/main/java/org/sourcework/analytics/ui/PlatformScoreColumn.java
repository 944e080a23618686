package org.sourcework.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sourcework.analytics.GradebookRow;
import org.sourcework.base.ui.DateTimes;
import org.sourcework.review.ScoreReturn;
import org.sourcework.review.ScoreReturnStatus;

/**
 * The gradebook's column for a lesson launched from a learning platform: where each student's released
 * score is on its way to the platform's gradebook, in plain words, with "Send again" where it did not
 * arrive. The statuses of the whole class are read once per showing (one statement) and after each send.
 */
final class PlatformScoreColumn {

    private final Grid<GradebookRow> grid;
    private final ScoreReturn scoreReturn;
    private final long assignmentId;
    private final DateTimes dates = DateTimes.forBrowser(Clock.systemDefaultZone());
    private final Map<Long, ScoreReturnStatus> statuses = new HashMap<>();

    private PlatformScoreColumn(Grid<GradebookRow> grid, ScoreReturn scoreReturn, long assignmentId) {
        this.grid = grid;
        this.scoreReturn = scoreReturn;
        this.assignmentId = assignmentId;
    }

    /**
     * Adds the column, hidden until asked for, when the lesson's scores go to a platform; otherwise the
     * gradebook stays as it is.
     */
    static Optional<Grid.Column<GradebookRow>> addWhereScoresGoBack(
            Grid<GradebookRow> grid, ScoreReturn scoreReturn, long assignmentId) {
        if (!scoreReturn.returnsScores(assignmentId)) {
            return Optional.empty();
        }
        var column = new PlatformScoreColumn(grid, scoreReturn, assignmentId);
        column.reload();
        var added = grid.addColumn(new ComponentRenderer<>(row -> column.cell(row)))
                .setKey("platform")
                .setHeader(grid.getTranslation("lti.grade.column"))
                .setWidth("14rem")
                .setFlexGrow(1);
        added.setVisible(false);
        return Optional.of(added);
    }

    private void reload() {
        statuses.clear();
        statuses.putAll(scoreReturn.statuses(assignmentId));
    }

    private Component cell(GradebookRow row) {
        var studentId = row.student().userId();
        var status = statuses.get(studentId);
        var text = new Span(status == null ? grid.getTranslation("lti.grade.none") : say(status));
        text.addClassName("platform-score-status");
        var cell = new Div(text);
        cell.addClassName("platform-score");
        if (status != null) {
            cell.getElement().setAttribute("data-state", status.state().name().toLowerCase(Locale.ROOT));
        }
        if (status != null && status.maySendAgain()) {
            var again = new Button(grid.getTranslation("lti.grade.send-again"), click -> {
                scoreReturn.sendAgain(assignmentId, studentId);
                reload();
                grid.getDataProvider().refreshItem(row);
            });
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            again.getElement()
                    .setAttribute(
                            "aria-label",
                            grid.getTranslation(
                                    "lti.grade.send-again.for", row.student().displayName()));
            cell.add(again);
        }
        return cell;
    }

    private String say(ScoreReturnStatus status) {
        var platform = status.platformName();
        var reason = status.problem() == null
                ? ""
                : grid.getTranslation("lti.grade.problem."
                        + status.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return switch (status.state()) {
            case SENT -> grid.getTranslation("lti.grade.sent", platform);
            case WAITING -> grid.getTranslation("lti.grade.waiting", platform);
            case RETRYING ->
                grid.getTranslation(
                        "lti.grade.retrying",
                        platform,
                        reason,
                        status.nextAttemptAt() == null ? "" : dates.when(status.nextAttemptAt()));
            case FAILED -> grid.getTranslation("lti.grade.failed", platform, reason);
        };
    }
}
