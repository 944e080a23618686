package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * One autosave of a student's answer costs a fixed, small number of SQL statements: the student's
 * place in the class is checked once, at {@link ResponseService#save}, and the lesson is then read
 * without asking again.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(LargeClasses.class)
class AnswerSaveStatementCountTest {

    @Autowired
    ResponseService responses;

    @Autowired
    LargeClasses classes;

    @Autowired
    RunAs runAs;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void saving_an_answer_checks_access_once_and_costs_at_most_seven_statements() {
        var generated = classes.generate("Answer save count", 1);
        // the generated student has submitted; reopened, they can change their answers again
        jdbc.update(
                "update student_work set status = 'IN_PROGRESS', submitted_at = null where assignment_id = ?",
                generated.assignmentId());
        var question = TelegramQuestions.first(classes.lesson(), ShortText.class);
        var student = "answer-save-count-student-0";
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // the first save warms the caches; the second is counted
        var first = runAs.user(
                student,
                () -> responses.save(generated.assignmentId(), question.id(), new TextAnswer("First thoughts"), 0));
        assertThat(first).isInstanceOf(Saved.class);
        statistics.clear();

        var second = runAs.user(
                student,
                () -> responses.save(
                        generated.assignmentId(),
                        question.id(),
                        new TextAnswer("Second thoughts"),
                        first.stored().version()));

        var statements = statistics.getPrepareStatementCount();
        assertThat(second).isInstanceOf(Saved.class);
        assertThat(statements).as("statements are counted").isPositive();
        assertThat(statements).isLessThanOrEqualTo(7);
    }
}
