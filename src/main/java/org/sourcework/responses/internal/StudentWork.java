package org.sourcework.responses.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sourcework.base.Message;
import org.sourcework.base.domain.AbstractEntity;
import org.sourcework.responses.AnswerRejectedException;
import org.sourcework.responses.ReadingView;
import org.sourcework.responses.WorkStatus;

/**
 * One student's work on one assignment. The lesson version is pinned when the work starts, so
 * answers are always shown with the text they were given on. Assignment, student and lesson
 * belong to other features and are referred to by id.
 */
@Entity
@Table(name = "student_work")
public class StudentWork extends AbstractEntity<Long> {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "student_work_seq")
    @SequenceGenerator(name = "student_work_seq", sequenceName = "student_work_seq", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private long assignmentId;

    @Column(name = "student_id", nullable = false)
    private long studentId;

    @Column(name = "lesson_id", nullable = false)
    private long lessonId;

    @Column(name = "lesson_version", nullable = false)
    private int lessonVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private WorkStatus status;

    @Column(name = "last_section", length = 80)
    private String lastSection;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Enumerated(EnumType.STRING)
    @Column(name = "reading_view", length = 8)
    private ReadingView readingView;

    @Column(name = "adapted_read_at")
    private Instant adaptedReadAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StudentWork() {}

    public StudentWork(long assignmentId, long studentId, long lessonId, int lessonVersion, Instant now) {
        this.assignmentId = assignmentId;
        this.studentId = studentId;
        this.lessonId = lessonId;
        this.lessonVersion = lessonVersion;
        this.status = WorkStatus.NOT_STARTED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Records that an answer is about to be saved; refused once the work is submitted. */
    public void answerSaved(Instant now) {
        requireNotSubmitted();
        status = WorkStatus.IN_PROGRESS;
        updatedAt = now;
    }

    public void requireNotSubmitted() {
        if (status == WorkStatus.SUBMITTED) {
            throw new AnswerRejectedException(Message.of("answer.rejected.submitted"));
        }
    }

    public void rememberSection(String sectionId, Instant now) {
        lastSection = sectionId;
        updatedAt = now;
    }

    /** The student's choice of original, adapted or both; remembered for their next visit. */
    public void chooseReadingView(ReadingView view, Instant now) {
        readingView = view;
        if (view != ReadingView.ORIGINAL && adaptedReadAt == null) {
            adaptedReadAt = now;
        }
        updatedAt = now;
    }

    /** The original until the student chooses otherwise. */
    public ReadingView getReadingView() {
        return readingView == null ? ReadingView.ORIGINAL : readingView;
    }

    /** When the student first had the adapted text shown; null when they have read only the original. */
    public Instant getAdaptedReadAt() {
        return adaptedReadAt;
    }

    /** Accepted after the due date too, and then marked late. */
    public void submit(Instant now, Instant dueAt) {
        if (status == WorkStatus.SUBMITTED) {
            throw new AnswerRejectedException(Message.of("answer.rejected.already-submitted"));
        }
        status = WorkStatus.SUBMITTED;
        submittedAt = now;
        late = dueAt != null && now.isAfter(dueAt);
        updatedAt = now;
    }

    /** Lets the student change their answers again; the answers are kept. */
    public void reopen(Instant now) {
        if (status != WorkStatus.SUBMITTED) {
            throw new AnswerRejectedException(Message.of("answer.rejected.reopen-not-submitted"));
        }
        status = WorkStatus.IN_PROGRESS;
        submittedAt = null;
        late = false;
        updatedAt = now;
    }

    @Override
    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getStudentId() {
        return studentId;
    }

    public int getLessonVersion() {
        return lessonVersion;
    }

    public WorkStatus getStatus() {
        return status;
    }

    public String getLastSection() {
        return lastSection;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }
}
