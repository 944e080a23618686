package org.sourcework.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sourcework.demo.SampleStudent.Profile;
import org.sourcework.feedback.StudentFeedbackService;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Criterion;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonCatalogService;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Option;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.responses.AnswerValue;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.ClassWorkService;
import org.sourcework.responses.ResponseService;
import org.sourcework.review.FeedbackInput;
import org.sourcework.review.ReviewService;
import org.sourcework.security.AppRole;
import org.sourcework.security.SignedInUser;
import org.sourcework.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/**
 * The sample class's demo work: students answer (well, partly or poorly, from the lesson's own
 * exemplars and answer key) and submit, and their instructor scores the written answers with the
 * rubric, comments, releases some feedback and asks for one revision. Everything goes through the
 * services people use, as the person who would do it.
 */
@Component
class SampleWork {

    private final ResponseService responses;
    private final ClassWorkService classWork;
    private final ReviewService review;
    private final StudentFeedbackService studentFeedback;
    private final LessonCatalogService lessons;

    SampleWork(
            ResponseService responses,
            ClassWorkService classWork,
            ReviewService review,
            StudentFeedbackService studentFeedback,
            LessonCatalogService lessons) {
        this.lessons = lessons;
        this.responses = responses;
        this.classWork = classWork;
        this.review = review;
        this.studentFeedback = studentFeedback;
    }

    /** @param studentIds username to account id, for every sample student */
    void seed(long assignmentId, SignedInUser instructor, Map<String, Long> studentIds) {
        var submitted = new ArrayList<SampleStudent>();
        for (var student : DemoData.SAMPLE_STUDENTS) {
            if (student.profile() == Profile.NOT_STARTED) {
                continue;
            }
            as(student, studentIds, () -> answer(assignmentId, student));
            if (student.profile() != Profile.PARTIAL) {
                submitted.add(student);
            }
        }
        for (int i = 0; i < submitted.size(); i++) {
            var student = submitted.get(i);
            var studentId = studentIds.get(student.username());
            // the last two submissions are not reviewed yet; the two before them have drafts only
            if (i >= submitted.size() - 2) {
                continue;
            }
            var askRevision = student.profile() == Profile.DEVELOPING && i == 1;
            SystemAuthentication.as(instructor, () -> giveFeedback(assignmentId, studentId, student, askRevision));
            if (i < submitted.size() - 4) {
                SystemAuthentication.as(instructor, () -> review.releaseStudent(assignmentId, studentId));
                if (i % 2 == 0) {
                    as(student, studentIds, () -> studentFeedback.markRead(assignmentId));
                }
            }
        }
    }

    private boolean answer(long assignmentId, SampleStudent student) {
        var content = responses.open(assignmentId).content();
        var questions = content.questions();
        var partialUpTo = questions.size() / 3;
        for (int i = 0; i < questions.size(); i++) {
            if (student.profile() == Profile.PARTIAL && i >= partialUpTo) {
                break;
            }
            var question = questions.get(i);
            responses.save(assignmentId, question.id(), value(content, question, student.profile(), i), null);
        }
        if (student.profile() != Profile.PARTIAL) {
            responses.submit(assignmentId);
        }
        return true;
    }

    private boolean giveFeedback(long assignmentId, long studentId, SampleStudent student, boolean askRevision) {
        var lessonId = classWork.assignment(assignmentId).lessonId();
        for (var answer : classWork.answersOf(assignmentId, List.of(studentId))) {
            var question = lessons.contentOfVersion(lessonId, answer.lessonVersion())
                    .question(answer.questionId())
                    .orElseThrow();
            if (!(question instanceof WrittenQuestion written) || answer.blank()) {
                continue;
            }
            var revise = askRevision && written instanceof ClaimEvidenceReasoning;
            review.save(answer.answerId(), feedback(written, student.profile(), revise), null);
        }
        return true;
    }

    private static FeedbackInput feedback(WrittenQuestion question, Profile profile, boolean revise) {
        var comment = question.comments().isEmpty()
                ? defaultComment(profile)
                : question.comments().getFirst().text();
        if (revise) {
            comment = "Your claim is clear, but your evidence does not yet quote the telegram. Add the words from"
                    + " section IV that prove your point, with their sentence numbers, and hand it in again.";
        }
        var rubric = question.rubric();
        if (rubric == null) {
            var points = question.points();
            var score = switch (profile) {
                case STRONG -> points;
                case DEVELOPING -> Math.max(1, points / 2);
                default -> 0;
            };
            return new FeedbackInput(Map.of(), BigDecimal.valueOf(score), null, comment, null, revise);
        }
        var levels = new LinkedHashMap<String, Integer>();
        for (Criterion criterion : rubric.criteria()) {
            var available = criterion.levels();
            var index = switch (profile) {
                case STRONG -> available.size() - 1;
                case DEVELOPING -> available.size() / 2;
                default -> Math.min(1, available.size() - 1);
            };
            levels.put(criterion.id(), available.get(index).score());
        }
        return new FeedbackInput(levels, null, null, comment, null, revise);
    }

    private static String defaultComment(Profile profile) {
        return switch (profile) {
            case STRONG -> "Well argued, and every point is tied to the text.";
            case DEVELOPING -> "A good start. Use the telegram's own words to back up each point.";
            default -> "Re-read the section slowly and say what the embassy itself claims before you judge it.";
        };
    }

    /** An answer at the profile's level, from the answer key and the exemplars. */
    static AnswerValue value(LessonContent content, Question question, Profile profile, int index) {
        var right = profile == Profile.STRONG || (profile != Profile.BEGINNING && index % 2 == 0);
        return switch (question) {
            case SingleChoice single ->
                new ChoiceAnswer(List.of(
                        right
                                ? single.correctOption().id()
                                : single.options().stream()
                                        .filter(o -> !o.correct())
                                        .findFirst()
                                        .orElseThrow()
                                        .id()));
            case MultipleChoice multiple ->
                new ChoiceAnswer(
                        right
                                ? multiple.correctOptions().stream()
                                        .map(Option::id)
                                        .toList()
                                : List.of(multiple.options().getFirst().id()));
            case Evidence evidence ->
                new EvidenceAnswer(
                        right
                                ? List.of(evidence.keySentences().getFirst())
                                : List.of(wrongSentence(content, evidence)));
            case Categorisation categorisation -> placements(categorisation, profile);
            case ClaimEvidenceReasoning cer -> cer(exemplar(cer, profile));
            case WrittenQuestion written -> new TextAnswer(exemplar(written, profile));
        };
    }

    private static int wrongSentence(LessonContent content, Evidence evidence) {
        var count =
                content.section(evidence.sectionId()).orElseThrow().sentences().size();
        for (int number = 1; number <= count; number++) {
            if (!evidence.keySentences().contains(number)) {
                return number;
            }
        }
        return 1;
    }

    private static CategorisationAnswer placements(Categorisation question, Profile profile) {
        var placed = new LinkedHashMap<String, String>();
        var categories = question.categories();
        for (int i = 0; i < question.statements().size(); i++) {
            var statement = question.statements().get(i);
            var right = profile == Profile.STRONG || (profile == Profile.DEVELOPING && i % 3 != 2) || i % 3 == 0;
            placed.put(
                    statement.id(),
                    right
                            ? statement.categoryId()
                            : categories
                                    .get((categories.indexOf(category(question, statement.categoryId())) + 1)
                                            % categories.size())
                                    .id());
        }
        return new CategorisationAnswer(placed);
    }

    private static Categorisation.Category category(Categorisation question, String id) {
        return question.categories().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static String exemplar(WrittenQuestion question, Profile profile) {
        var exemplars = question.exemplars();
        if (exemplars.isEmpty()) {
            return "I am not sure yet.";
        }
        var index = switch (profile) {
            case STRONG -> 0;
            case DEVELOPING, PARTIAL -> Math.min(1, exemplars.size() - 1);
            default -> Math.min(2, exemplars.size() - 1);
        };
        return exemplars.get(index).text().strip();
    }

    /** Splits an exemplar written as "Claim: … Evidence: … Reasoning: …" into its three parts. */
    private static CerAnswer cer(String text) {
        var evidence = text.indexOf("Evidence:");
        var reasoning = text.indexOf("Reasoning:");
        if (!text.startsWith("Claim:") || evidence < 0 || reasoning < evidence) {
            return new CerAnswer(text, "", "");
        }
        return new CerAnswer(
                text.substring("Claim:".length(), evidence).strip(),
                text.substring(evidence + "Evidence:".length(), reasoning).strip(),
                text.substring(reasoning + "Reasoning:".length()).strip());
    }

    private static <T> T as(SampleStudent student, Map<String, Long> ids, Supplier<T> work) {
        var user = new SignedInUser(
                ids.get(student.username()),
                student.username(),
                student.displayName(),
                AppRole.STUDENT,
                true,
                false,
                "");
        return SystemAuthentication.as(user, work);
    }
}
