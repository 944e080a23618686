package org.sourcework.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcework.analytics.QuestionStats.CategorisationStats;
import org.sourcework.analytics.QuestionStats.ChoiceStats;
import org.sourcework.analytics.QuestionStats.EvidenceStats;
import org.sourcework.analytics.QuestionStats.WrittenStats;
import org.sourcework.base.SaveOutcome;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.Skill;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewFixture;
import org.sourcework.review.ReviewService;
import org.sourcework.support.IntegrationTest;
import org.sourcework.support.RunAs;
import org.sourcework.support.TelegramQuestions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The figures of the analytics, checked against answers with known choices, and who may see them. */
@IntegrationTest
@Import(ReviewFixture.class)
@Transactional
class AnalyticsServiceTest {

    @Autowired
    AnalyticsService analytics;

    @Autowired
    ReviewService review;

    @Autowired
    ResponseService responses;

    @Autowired
    ClassWorkService classWork;

    @Autowired
    ReviewFixture fixture;

    @Autowired
    RunAs runAs;

    private LessonContent content;
    private long assignment;

    @BeforeEach
    void lesson() {
        content = fixture.content("amira");
        assignment = fixture.assignmentOf("amira");
    }

    /** The student answers each question and submits the lesson. */
    private void handIn(String student, Map<Question, AnswerValue> answers) {
        runAs.user(student, () -> {
            answers.forEach((question, value) -> responses.save(assignment, question.id(), value, null));
            responses.submit(assignment);
        });
    }

    private static ChoiceAnswer choose(Option... options) {
        return new ChoiceAnswer(java.util.Arrays.stream(options).map(Option::id).toList());
    }

    private static Option wrong(SingleChoice question, int index) {
        return question.options().stream()
                .filter(option -> !option.correct())
                .toList()
                .get(index);
    }

    private <T> T asHughes(java.util.function.Supplier<T> work) {
        return runAs.user("hughes", work);
    }

    @Test
    void single_choice_counts_each_option_the_share_correct_and_the_common_wrong_answer() {
        var question = TelegramQuestions.first(content, SingleChoice.class);
        handIn("amira", Map.of(question, choose(question.correctOption())));
        handIn("ben", Map.of(question, choose(wrong(question, 0))));
        handIn("chloe", Map.of(question, choose(wrong(question, 0))));
        handIn("daniel", Map.of(question, new ChoiceAnswer(List.of())));

        var stats = (ChoiceStats) asHughes(() -> analytics.question(assignment, question.id()));

        assertThat(stats.answered()).isEqualTo(3);
        assertThat(stats.options())
                .hasSize(question.options().size())
                .allSatisfy(count -> assertThat(count.count())
                        .isEqualTo(
                                count.option().equals(question.correctOption())
                                        ? 1
                                        : count.option().equals(wrong(question, 0)) ? 2 : 0));
        assertThat(stats.scores().fullMarks()).isEqualTo(1);
        assertThat(stats.scores().mean()).isEqualByComparingTo(new BigDecimal("0.33"));
        assertThat(stats.wrongAnswers()).singleElement().satisfies(wrong -> {
            assertThat(wrong.options()).containsExactly(wrong(question, 0));
            assertThat(wrong.count()).isEqualTo(2);
        });
    }

    @Test
    void multiple_choice_counts_a_wrong_set_once_whatever_the_order_it_was_ticked_in() {
        var question = TelegramQuestions.first(content, MultipleChoice.class);
        var right = question.correctOptions();
        var wrongOne = question.options().stream()
                .filter(option -> !option.correct())
                .findFirst()
                .orElseThrow();
        handIn("amira", Map.of(question, choose(right.toArray(Option[]::new))));
        handIn("ben", Map.of(question, choose(right.getFirst(), wrongOne)));
        handIn("chloe", Map.of(question, choose(wrongOne, right.getFirst())));

        var stats = (ChoiceStats) asHughes(() -> analytics.question(assignment, question.id()));

        assertThat(stats.answered()).isEqualTo(3);
        assertThat(stats.options())
                .filteredOn(count -> count.option().equals(right.getFirst()))
                .singleElement()
                .satisfies(count -> assertThat(count.count()).isEqualTo(3));
        assertThat(stats.options())
                .filteredOn(count -> count.option().equals(wrongOne))
                .singleElement()
                .satisfies(count -> assertThat(count.count()).isEqualTo(2));
        assertThat(stats.scores().fullMarks()).isEqualTo(1);
        assertThat(stats.wrongAnswers()).singleElement().satisfies(wrong -> {
            assertThat(wrong.options()).containsExactlyInAnyOrder(right.getFirst(), wrongOne);
            assertThat(wrong.count()).isEqualTo(2);
        });
    }

    @Test
    void evidence_counts_how_often_each_sentence_was_chosen_and_marks_the_key() {
        var question = TelegramQuestions.firstInText(content, Evidence.class);
        var key = question.keySentences().getFirst();
        var other = key == 1 ? 2 : 1;
        handIn("amira", Map.of(question, new EvidenceAnswer(List.of(key))));
        handIn("ben", Map.of(question, new EvidenceAnswer(List.of(other))));
        handIn("chloe", Map.of(question, new EvidenceAnswer(List.of(key))));

        var stats = (EvidenceStats) asHughes(() -> analytics.question(assignment, question.id()));

        var section = content.document().section(question.sectionId()).orElseThrow();
        assertThat(stats.answered()).isEqualTo(3);
        assertThat(stats.sentences()).hasSize(section.sentences().size());
        assertThat(stats.sentences().get(key - 1)).satisfies(sentence -> {
            assertThat(sentence.count()).isEqualTo(2);
            assertThat(sentence.inKey()).isTrue();
            assertThat(sentence.text())
                    .isEqualTo(section.sentence(key).orElseThrow().text());
        });
        assertThat(stats.sentences().get(other - 1).count()).isEqualTo(1);
        assertThat(stats.scores().fullMarks()).isEqualTo(2);
    }

    @Test
    void categorisation_lists_the_most_frequent_misplacements_first() {
        var question = TelegramQuestions.first(content, Categorisation.class);
        var first = question.statements().getFirst();
        var second = question.statements().get(1);
        var wrongForFirst = question.categories().stream()
                .filter(c -> !c.id().equals(first.categoryId()))
                .findFirst()
                .orElseThrow();
        var wrongForSecond = question.categories().stream()
                .filter(c -> !c.id().equals(second.categoryId()))
                .findFirst()
                .orElseThrow();
        handIn("amira", Map.of(question, placements(question, Map.of(first.id(), wrongForFirst.id()))));
        handIn(
                "ben",
                Map.of(
                        question,
                        placements(
                                question, Map.of(first.id(), wrongForFirst.id(), second.id(), wrongForSecond.id()))));
        handIn("chloe", Map.of(question, placements(question, Map.of())));

        var stats = (CategorisationStats) asHughes(() -> analytics.question(assignment, question.id()));

        assertThat(stats.answered()).isEqualTo(3);
        assertThat(stats.scores().fullMarks()).isEqualTo(1);
        assertThat(stats.misplacements()).hasSize(2);
        assertThat(stats.misplacements().getFirst()).satisfies(m -> {
            assertThat(m.statement()).isEqualTo(first);
            assertThat(m.placedIn()).isEqualTo(wrongForFirst);
            assertThat(m.count()).isEqualTo(2);
        });
        assertThat(stats.statements().getFirst().placedRight()).isEqualTo(1);
        assertThat(stats.statements().get(1).placedRight()).isEqualTo(2);
    }

    /** Every statement in its right category, except those in {@code changes}. */
    private static CategorisationAnswer placements(Categorisation question, Map<String, String> changes) {
        var placed = new LinkedHashMap<String, String>();
        question.statements().forEach(statement -> placed.put(statement.id(), statement.categoryId()));
        placed.putAll(changes);
        return new CategorisationAnswer(placed);
    }

    @Test
    void written_questions_show_the_mean_instructor_score_and_how_often_each_rubric_level_was_given() {
        var question = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
        var criteria = question.rubric().criteria();
        var top = new LinkedHashMap<String, Integer>();
        var bottom = new LinkedHashMap<String, Integer>();
        criteria.forEach(c -> {
            top.put(c.id(), c.maxScore());
            bottom.put(c.id(), 0);
        });
        var cer = new CerAnswer("A claim", "Sentence 2", "Because");
        var amira = fixture.handIn("amira", "hughes", question, cer);
        var ben = fixture.handIn("ben", "hughes", question, cer);
        fixture.handIn("chloe", "hughes", question, cer);
        runAs.user("hughes", () -> {
            review.save(amira.answerId(), new FeedbackInput(top, null, null, "", null, false), null);
            review.save(ben.answerId(), new FeedbackInput(bottom, null, null, "", null, false), null);
        });

        var stats = (WrittenStats) asHughes(() -> analytics.question(assignment, question.id()));

        assertThat(stats.answered()).isEqualTo(3);
        assertThat(stats.scored()).isEqualTo(2);
        assertThat(stats.meanScore())
                .isEqualByComparingTo(
                        BigDecimal.valueOf(question.rubric().maxScore()).divide(BigDecimal.TWO));
        assertThat(stats.criteria()).hasSize(criteria.size()).allSatisfy(levels -> {
            assertThat(levels.rated()).isEqualTo(2);
            assertThat(levels.levels().getFirst().count()).isEqualTo(1);
            assertThat(levels.levels().getLast().count()).isEqualTo(1);
        });
    }

    @Test
    void nobody_answering_gives_zero_counts_not_an_error() {
        var question = TelegramQuestions.first(content, SingleChoice.class);

        var stats = (ChoiceStats) asHughes(() -> analytics.question(assignment, question.id()));

        assertThat(stats.answered()).isZero();
        assertThat(stats.options())
                .allSatisfy(count -> assertThat(count.count()).isZero());
        assertThat(stats.wrongAnswers()).isEmpty();
        assertThat(asHughes(() -> analytics.classSkills(assignment)))
                .allSatisfy(share -> assertThat(share.scored()).isFalse());
    }

    @Test
    void the_handed_in_version_counts_not_changes_saved_after_the_lesson_was_reopened() {
        var question = TelegramQuestions.first(content, SingleChoice.class);
        var first = fixture.handIn("amira", "hughes", question, choose(question.correctOption()));
        runAs.user("hughes", () -> classWork.reopen(assignment, first.studentId()));
        runAs.user("amira", () -> {
            var stored = responses.save(assignment, question.id(), choose(wrong(question, 0)), null);
            assertThat(stored).isInstanceOf(SaveOutcome.Conflict.class);
            var saved = responses.save(
                    assignment,
                    question.id(),
                    choose(wrong(question, 0)),
                    stored.stored().version());
            assertThat(saved).isInstanceOf(SaveOutcome.Saved.class);
            assertThat(saved.stored().value()).isEqualTo(choose(wrong(question, 0)));
        });

        var stats = (ChoiceStats) asHughes(() -> analytics.question(assignment, question.id()));

        assertThat(stats.scores().fullMarks()).isEqualTo(1);
        assertThat(stats.wrongAnswers()).isEmpty();
    }

    @Test
    void skill_shares_use_the_instructors_score_where_given_and_the_automatic_score_otherwise() {
        var sourcing = content.questions().stream()
                .filter(q -> q.skill() == Skill.SOURCING && q instanceof SingleChoice)
                .map(SingleChoice.class::cast)
                .limit(2)
                .toList();
        var cer = TelegramQuestions.first(content, ClaimEvidenceReasoning.class);
        var levels = new LinkedHashMap<String, Integer>();
        cer.rubric().criteria().forEach(c -> levels.put(c.id(), c.maxScore()));
        handIn(
                "amira",
                Map.of(
                        sourcing.get(0),
                        choose(sourcing.get(0).correctOption()),
                        sourcing.get(1),
                        choose(wrong(sourcing.get(1), 0)),
                        cer,
                        new CerAnswer("c", "e", "r")));
        handIn("ben", Map.of(sourcing.get(0), choose(sourcing.get(0).correctOption())));
        var amirasCer = fixture.answer("hughes", assignment, "amira", cer.id());
        var amirasWrong =
                fixture.answer("hughes", assignment, "amira", sourcing.get(1).id());
        runAs.user("hughes", () -> {
            review.save(amirasCer.answerId(), new FeedbackInput(levels, null, null, "", null, false), null);
            // an override on an automatically scored answer replaces its automatic score
            review.save(
                    amirasWrong.answerId(),
                    new FeedbackInput(
                            Map.of(),
                            BigDecimal.valueOf(sourcing.get(1).points()),
                            "Read the option generously",
                            "",
                            null,
                            false),
                    null);
        });

        var students = asHughes(() -> analytics.studentSkills(assignment, 0, 10));
        var classShares = asHughes(() -> analytics.classSkills(assignment));

        var points0 = sourcing.get(0).points();
        var points1 = sourcing.get(1).points();
        var amira = students.stream()
                .filter(s -> s.student().username().equals("amira"))
                .findFirst()
                .orElseThrow();
        assertThat(share(amira, Skill.SOURCING).earned()).isEqualByComparingTo(BigDecimal.valueOf(points0 + points1));
        assertThat(share(amira, Skill.SOURCING).available()).isEqualTo(points0 + points1);
        assertThat(share(amira, cer.skill()).percent()).isEqualTo(100);
        var chloe = students.stream()
                .filter(s -> s.student().username().equals("chloe"))
                .findFirst()
                .orElseThrow();
        assertThat(chloe.skills())
                .hasSize(Skill.values().length)
                .allSatisfy(s -> assertThat(s.scored()).isFalse());
        var sourcingClass = classShares.stream()
                .filter(s -> s.skill() == Skill.SOURCING)
                .findFirst()
                .orElseThrow();
        assertThat(sourcingClass.available()).isEqualTo(2L * points0 + points1);
        assertThat(sourcingClass.earned()).isEqualByComparingTo(BigDecimal.valueOf(2L * points0 + points1));
        assertThat(sourcingClass.answers()).isEqualTo(3);
        assertThat(asHughes(() -> analytics.studentCount(assignment))).isEqualTo(4);
    }

    private static SkillShare share(StudentSkills student, Skill skill) {
        return student.skills().stream()
                .filter(s -> s.skill() == skill)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void students_are_paged_by_name() {
        var first = asHughes(() -> analytics.studentSkills(assignment, 0, 2));
        var second = asHughes(() -> analytics.studentSkills(assignment, 2, 2));

        assertThat(first).extracting(s -> s.student().username()).containsExactly("amira", "ben");
        assertThat(second).extracting(s -> s.student().username()).containsExactly("chloe", "daniel");
    }

    @Test
    void an_instructor_of_another_class_sees_no_figures() {
        var question = TelegramQuestions.first(content, SingleChoice.class);

        assertThatThrownBy(() -> runAs.user("okafor", () -> analytics.question(assignment, question.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("okafor", () -> analytics.classSkills(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("okafor", () -> analytics.studentSkills(assignment, 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runAs.user("amira", () -> analytics.classSkills(assignment)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
