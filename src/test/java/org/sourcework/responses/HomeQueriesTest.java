package org.sourcework.responses;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.ShortText;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.roster.ClassAdminService;
import org.sourcework.roster.ClassRosterService;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The student home view costs the same number of queries for one lesson as for four. */
@FixedClockIntegrationTest
@Transactional
class HomeQueriesTest {

    @Autowired
    ResponseService responses;

    @Autowired
    RosterQueries roster;

    @Autowired
    ClassAdminService classAdmin;

    @Autowired
    ClassRosterService classRoster;

    @Autowired
    RunAs runAs;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private long statementsOfMyLessons(String student) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        runAs.user(student, () -> responses.myLessons());
        statistics.clear();
        runAs.user(student, () -> responses.myLessons());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void the_home_view_needs_no_query_per_lesson() {
        var withOneLesson = statementsOfMyLessons("amira");
        runAs.user("admin", () -> {
            var lessonId =
                    runAs.user("amira", () -> roster.myAssignments().getFirst().lessonId());
            for (int i = 1; i <= 3; i++) {
                var extra = classAdmin.create("Reading group " + i, "Spring 2027");
                classRoster.enrolStudent(extra.id(), "amira");
                classRoster.assignLesson(extra.id(), lessonId, TestClock.START.plus(Duration.ofDays(i)));
            }
        });
        runAs.user("amira", () -> {
            for (var card : responses.myLessons().subList(0, 2)) {
                var question = TelegramQuestions.first(
                        responses.open(card.assignmentId()).content(), ShortText.class);
                responses.save(card.assignmentId(), question.id(), new TextAnswer("started"), null);
            }
        });

        var withFourLessons = statementsOfMyLessons("amira");

        assertThat(runAs.user("amira", () -> responses.myLessons()))
                .hasSize(4)
                .extracting(StudentLessonCard::answered)
                .containsExactly(1, 1, 0, 0);
        assertThat(withOneLesson).as("statements are counted").isPositive();
        assertThat(withFourLessons).isEqualTo(withOneLesson);
    }
}
