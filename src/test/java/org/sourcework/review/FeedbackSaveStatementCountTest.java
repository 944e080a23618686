package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.sourcework.base.SaveOutcome.Saved;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.LargeClasses;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * One autosave of an instructor's feedback costs a fixed, small number of SQL statements: the caller's
 * access is checked once, at {@link ReviewService#save}, not again by every service it calls.
 */
@IntegrationTest
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import(LargeClasses.class)
class FeedbackSaveStatementCountTest {

    @Autowired
    ReviewService review;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    RunAs runAs;

    @Autowired
    LargeClasses classes;

    @Test
    void saving_feedback_checks_access_once_and_costs_at_most_seven_statements() {
        var generated = classes.generate("Feedback save count", 2);
        var question = TelegramQuestions.first(classes.lesson(), ShortText.class);
        // the generated second student's written answers have no feedback yet
        var answer = runAs.user(
                        generated.instructor(),
                        () -> classWork.answersTo(
                                generated.assignmentId(),
                                question.id(),
                                List.of(generated.studentIds().get(1))))
                .getFirst();
        var version = new AtomicReference<Integer>();
        var comments = new AtomicInteger();

        var statements = classes.statements(generated, () -> {
            var outcome = review.save(
                    answer.answerId(),
                    new FeedbackInput(Map.of(), null, null, "Comment " + comments.incrementAndGet(), null, false),
                    version.get());
            assertThat(outcome).isInstanceOf(Saved.class);
            version.set(outcome.stored().version());
        });

        assertThat(statements).as("statements are counted").isPositive();
        assertThat(statements).isLessThanOrEqualTo(7);
    }
}
