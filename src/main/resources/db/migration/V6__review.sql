-- Instructor review: answer history, feedback, comment bank. Plain SQL that runs on H2
-- (PostgreSQL mode) and PostgreSQL.

create sequence answer_revision_seq start with 1 increment by 50;
create sequence feedback_seq start with 1 increment by 50;
create sequence comment_bank_seq start with 1 increment by 50;

-- set when released feedback asks the student to revise this answer; the answer may then be
-- changed although the lesson is submitted, until the student hands the revision in
alter table answer add column revision_requested_at timestamp with time zone;

-- a frozen copy of an answer each time it is handed in (on submit, for every answer that changed,
-- and when a revision is handed in); feedback is always given on one of these
create table answer_revision (
    id             bigint        not null primary key,
    answer_id      bigint        not null,
    number         integer       not null,
    answer_type    varchar(32)   not null,
    text_value     varchar(5000),
    claim_text     varchar(5000),
    evidence_text  varchar(5000),
    reasoning_text varchar(5000),
    selection      varchar(2000),
    blank          boolean       not null,
    score          numeric(6, 2),
    handed_in_at   timestamp with time zone not null,
    constraint uk_answer_revision_number unique (answer_id, number),
    constraint fk_answer_revision_answer foreign key (answer_id) references answer (id)
);

-- the instructor's feedback on one handed-in version of an answer; students see it once released
create table feedback (
    id                  bigint        not null primary key,
    version             integer       not null,
    answer_id           bigint        not null,
    revision_id         bigint        not null,
    -- the assignment and question, so a whole question or student can be released in one statement
    assignment_id       bigint        not null,
    student_id          bigint        not null,
    question_id         varchar(80)   not null,
    score               numeric(6, 2),
    max_points          integer       not null,
    -- rubric criterion id to chosen level score, as JSON
    levels              varchar(2000),
    score_overridden    boolean       not null,
    override_reason     varchar(500),
    comment_text        varchar(5000) not null,
    sentence_ref        integer,
    revision_requested  boolean       not null,
    status              varchar(16)   not null,
    updated_by          bigint        not null,
    updated_at          timestamp with time zone not null,
    released_at         timestamp with time zone,
    read_at             timestamp with time zone,
    constraint uk_feedback_revision unique (revision_id),
    constraint fk_feedback_answer foreign key (answer_id) references answer (id),
    constraint fk_feedback_revision foreign key (revision_id) references answer_revision (id),
    constraint fk_feedback_assignment foreign key (assignment_id) references assignment (id),
    constraint fk_feedback_student foreign key (student_id) references app_user (id),
    constraint fk_feedback_updated_by foreign key (updated_by) references app_user (id),
    constraint ck_feedback_status check (status in ('DRAFT', 'RELEASED')),
    constraint ck_feedback_score check (score is null or (score >= 0 and score <= max_points))
);
create index ix_feedback_assignment_question on feedback (assignment_id, question_id);
create index ix_feedback_assignment_student on feedback (assignment_id, student_id);
create index ix_feedback_answer on feedback (answer_id);

-- an instructor's own comments for a question (and optionally a rubric criterion), kept across classes
create table comment_bank (
    id            bigint        not null primary key,
    version       integer       not null,
    instructor_id bigint        not null,
    lesson_id     bigint        not null,
    question_id   varchar(80)   not null,
    criterion_id  varchar(80),
    text          varchar(1000) not null,
    created_at    timestamp with time zone not null,
    constraint fk_comment_bank_instructor foreign key (instructor_id) references app_user (id),
    constraint fk_comment_bank_lesson foreign key (lesson_id) references lesson (id)
);
create index ix_comment_bank_owner on comment_bank (instructor_id, lesson_id, question_id);

create index ix_student_work_assignment on student_work (assignment_id, student_id);
