package org.sourcework.responses;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.sourcework.lessons.Categorisation;
import org.sourcework.lessons.ClaimEvidenceReasoning;
import org.sourcework.lessons.Evidence;
import org.sourcework.lessons.LessonContent;
import org.sourcework.lessons.MultipleChoice;
import org.sourcework.lessons.Question;
import org.sourcework.lessons.SingleChoice;
import org.sourcework.lessons.WrittenQuestion;
import org.sourcework.responses.AnswerValue.CategorisationAnswer;
import org.sourcework.responses.AnswerValue.CerAnswer;
import org.sourcework.responses.AnswerValue.ChoiceAnswer;
import org.sourcework.responses.AnswerValue.EvidenceAnswer;
import org.sourcework.responses.AnswerValue.TextAnswer;
import org.sourcework.responses.internal.AnswerCodec;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test data only: a class of any size in which every student has submitted a full answer to every
 * question, half of the written answers have feedback and half of that is released. Rows are
 * written straight into the tables in batches, so a class of 200 takes a second, not minutes; ids
 * start far above what the sequences hand out in a test run.
 */
public final class LargeClassGenerator {

    /** The generated class: its instructor signs in as {@code instructor}. */
    public record LargeClass(long classId, long assignmentId, String instructor, List<Long> studentIds) {}

    private static final AtomicLong IDS = new AtomicLong(50_000_000);

    private final JdbcTemplate jdbc;

    public LargeClassGenerator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param lessonId      an existing lesson, with {@code content} its version {@code lessonVersion}
     * @param passwordHash  stored for every generated account (students never sign in)
     */
    public LargeClass generate(
            String name, int students, long lessonId, int lessonVersion, LessonContent content, String passwordHash) {
        return generate(name, students, lessonId, lessonVersion, content, passwordHash, null);
    }

    /** As above, taught by {@code instructor}, created the first time it is named. */
    public LargeClass generate(
            String name,
            int students,
            long lessonId,
            int lessonVersion,
            LessonContent content,
            String passwordHash,
            String instructor) {
        var now = Timestamp.from(Instant.parse("2027-03-01T09:00:00Z"));
        var prefix = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        var classId = id();
        jdbc.update(
                "insert into school_class (id, version, name, term, archived, created_at) values (?, 0, ?, ?,"
                        + " false, ?)",
                classId,
                name,
                "Generated",
                now);
        var teacher = instructor == null ? prefix + "-instructor" : instructor;
        var existing = jdbc.queryForList("select id from app_user where username = ?", Long.class, teacher);
        var instructorId = existing.isEmpty() ? id() : existing.getFirst();
        if (existing.isEmpty()) {
            user(instructorId, teacher, "Instructor of " + name, "INSTRUCTOR", passwordHash, now);
        }
        enrol(classId, instructorId, "INSTRUCTOR", now);
        var assignmentId = id();
        jdbc.update(
                "insert into assignment (id, version, class_id, lesson_id, due_at, created_at) values (?, 0, ?, ?,"
                        + " ?, ?)",
                assignmentId,
                classId,
                lessonId,
                now,
                now);
        var studentIds = new ArrayList<Long>();
        var answers = new ArrayList<Object[]>();
        var revisions = new ArrayList<Object[]>();
        var feedback = new ArrayList<Object[]>();
        for (int s = 0; s < students; s++) {
            var studentId = id();
            studentIds.add(studentId);
            user(
                    studentId,
                    prefix + "-student-" + s,
                    String.format("Student %03d of %s", s, name),
                    "STUDENT",
                    passwordHash,
                    now);
            enrol(classId, studentId, "STUDENT", now);
            var workId = id();
            jdbc.update(
                    "insert into student_work (id, version, assignment_id, student_id, lesson_id, lesson_version,"
                            + " status, last_section, submitted_at, late, created_at, updated_at) values (?, 1, ?, ?, ?, ?,"
                            + " 'SUBMITTED', null, ?, false, ?, ?)",
                    workId,
                    assignmentId,
                    studentId,
                    lessonId,
                    lessonVersion,
                    now,
                    now,
                    now);
            for (int q = 0; q < content.questions().size(); q++) {
                var question = content.questions().get(q);
                var value = value(content, question, s + q);
                var encoded = AnswerCodec.encode(value);
                var score = Scorer.score(question, value);
                var answerId = id();
                var revisionId = id();
                answers.add(new Object[] {
                    answerId,
                    workId,
                    question.id(),
                    encoded.type().name(),
                    encoded.text(),
                    encoded.claim(),
                    encoded.evidence(),
                    encoded.reasoning(),
                    encoded.selection(),
                    score,
                    question.points(),
                    now
                });
                revisions.add(new Object[] {
                    revisionId,
                    answerId,
                    encoded.type().name(),
                    encoded.text(),
                    encoded.claim(),
                    encoded.evidence(),
                    encoded.reasoning(),
                    encoded.selection(),
                    score,
                    now
                });
                if (question instanceof WrittenQuestion && s % 2 == 0) {
                    feedback.add(new Object[] {
                        id(),
                        answerId,
                        revisionId,
                        assignmentId,
                        studentId,
                        question.id(),
                        BigDecimal.valueOf(question.points() / 2),
                        question.points(),
                        "Generated comment " + s,
                        s % 4 == 0 ? "RELEASED" : "DRAFT",
                        instructorId,
                        now,
                        s % 4 == 0 ? now : null
                    });
                }
            }
        }
        jdbc.batchUpdate(
                "insert into answer (id, version, work_id, question_id, answer_type, text_value, claim_text,"
                        + " evidence_text, reasoning_text, selection, blank, score, max_points, saved_at) values (?, 0, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, false, ?, ?, ?)",
                answers);
        jdbc.batchUpdate(
                "insert into answer_revision (id, answer_id, number, answer_type, text_value, claim_text,"
                        + " evidence_text, reasoning_text, selection, blank, score, handed_in_at) values (?, ?, 1, ?, ?, ?, ?,"
                        + " ?, ?, false, ?, ?)",
                revisions);
        jdbc.batchUpdate(
                "insert into feedback (id, version, answer_id, revision_id, assignment_id, student_id,"
                        + " question_id, score, max_points, levels, score_overridden, override_reason, comment_text,"
                        + " sentence_ref, revision_requested, status, updated_by, updated_at, released_at, read_at) values (?,"
                        + " 0, ?, ?, ?, ?, ?, ?, ?, null, false, null, ?, null, false, ?, ?, ?, ?, null)",
                feedback);
        return new LargeClass(classId, assignmentId, teacher, studentIds);
    }

    private void user(long id, String username, String displayName, String role, String passwordHash, Timestamp now) {
        jdbc.update(
                "insert into app_user (id, version, username, display_name, email, password_hash, role, enabled,"
                        + " must_change_password, created_at) values (?, 0, ?, ?, ?, ?, ?, true, false, ?)",
                id,
                username,
                displayName,
                username + "@generated.test",
                passwordHash,
                role,
                now);
    }

    private void enrol(long classId, long userId, String role, Timestamp now) {
        jdbc.update(
                "insert into enrolment (id, version, class_id, user_id, class_role, created_at) values (?, 0, ?, ?,"
                        + " ?, ?)",
                id(),
                classId,
                userId,
                role,
                now);
    }

    /** A varied but valid answer: {@code seed} picks options, sentences and categories. */
    private static AnswerValue value(LessonContent content, Question question, int seed) {
        return switch (question) {
            case SingleChoice single ->
                new ChoiceAnswer(List.of(
                        single.options().get(seed % single.options().size()).id()));
            case MultipleChoice multiple ->
                new ChoiceAnswer(List.of(
                        multiple.options().get(seed % multiple.options().size()).id()));
            case Evidence evidence -> {
                var count = content.document()
                        .section(evidence.sectionId())
                        .orElseThrow()
                        .sentences()
                        .size();
                yield new EvidenceAnswer(List.of(1 + seed % count));
            }
            case Categorisation categorisation -> {
                var placed = new java.util.LinkedHashMap<String, String>();
                var categories = categorisation.categories();
                for (int i = 0; i < categorisation.statements().size(); i++) {
                    placed.put(
                            categorisation.statements().get(i).id(),
                            categories.get((seed + i) % categories.size()).id());
                }
                yield new CategorisationAnswer(placed);
            }
            case ClaimEvidenceReasoning cer -> new CerAnswer("Claim " + seed, "Evidence " + seed, "Reasoning " + seed);
            case WrittenQuestion written -> new TextAnswer("Generated answer " + seed + " to " + written.id());
        };
    }

    private static long id() {
        return IDS.incrementAndGet();
    }
}
