package org.sourcework.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.ClassAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.roster.ClassLessonService;
import org.sourcework.roster.LessonPath;
import org.sourcework.roster.RosterQueries;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/**
 * An instructor changes the questions their own class is given: History 11B (Okafor, core path) and
 * History 11A (Hughes, full lesson). Progress, the overview and scores follow the new set, and no
 * answer is lost.
 */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class PathChangeTest {

    @Autowired
    ClassLessonService classLessons;

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ClassOverviewService overview;

    @Autowired
    RosterQueries roster;

    @Autowired
    LessonCatalogService lessons;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    RunAs runAs;

    private LessonContent whole;
    private long coreClass;
    private long fullClass;

    @BeforeEach
    void lesson() {
        var lessonId =
                runAs.user("admin", () -> lessons.lessonIdBySlug("moscow-1956").orElseThrow());
        whole = runAs.user("amira", () -> lessons.content(lessonId));
        coreClass = fixture.assignmentOf("elena");
        fullClass = fixture.assignmentOf("amira");
    }

    private Question outsideTheCorePath() {
        return whole.questions().stream()
                .filter(question -> !whole.corePath().contains(question.id()))
                .filter(SingleChoice.class::isInstance)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void an_instructor_moves_their_class_from_the_core_path_to_the_full_lesson_and_every_count_follows() {
        runAs.user("okafor", () -> classLessons.change(coreClass, LessonPath.FULL, null));

        assertThat(runAs.user("elena", () -> roster.myAssignments().getFirst().path()))
                .isEqualTo(LessonPath.FULL);
        assertThat(runAs.user("okafor", () -> overview.columnCounts(coreClass)))
                .hasSize(whole.questions().size());
        assertThat(runAs.user("elena", () -> responses.myLessons().getFirst().questionCount()))
                .isEqualTo(whole.questions().size());
        assertThat(runAs.user("elena", () -> responses.open(coreClass).content().questions()))
                .hasSize(whole.questions().size());
    }

    @Test
    void an_instructor_cannot_change_the_path_of_a_class_they_do_not_teach() {
        assertThatThrownBy(() -> runAs.user("hughes", () -> classLessons.change(coreClass, LessonPath.FULL, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("elena", () -> classLessons.change(coreClass, LessonPath.FULL, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(runAs.user("okafor", () -> overview.columnCounts(coreClass)))
                .hasSize(whole.corePath().size());
    }

    @Test
    void answers_outside_the_core_path_are_kept_uncounted_and_count_again_after_going_back_to_the_full_lesson() {
        var outside = outsideTheCorePath();
        runAs.user(
                "amira",
                () -> responses.save(
                        fullClass,
                        outside.id(),
                        new ChoiceAnswer(
                                List.of(((SingleChoice) outside).correctOption().id())),
                        null));

        runAs.user("hughes", () -> classLessons.change(fullClass, LessonPath.CORE, null));

        var card = runAs.user("amira", () -> responses.myLessons().getFirst());
        assertThat(card.questionCount()).isEqualTo(whole.corePath().size());
        assertThat(card.answered()).isZero();
        assertThat(runAs.user("hughes", () -> classWork.answersOf(fullClass, List.of(fixture.idOf("amira")))))
                .as("the answer is kept")
                .extracting(ClassAnswer::questionId)
                .containsExactly(outside.id());

        runAs.user("hughes", () -> classLessons.change(fullClass, LessonPath.FULL, null));

        var again = runAs.user("amira", () -> responses.myLessons().getFirst());
        assertThat(again.questionCount()).isEqualTo(whole.questions().size());
        assertThat(again.answered()).isOne();
    }

    @Test
    void the_instructor_sets_the_due_date_with_the_path() {
        var due = Instant.parse("2027-03-01T15:00:00Z");

        runAs.user("okafor", () -> classLessons.change(coreClass, LessonPath.CORE, due));

        assertThat(runAs.user("elena", () -> roster.myAssignments().getFirst().dueAt()))
                .isEqualTo(due);
    }
}
