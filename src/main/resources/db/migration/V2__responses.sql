-- Student work and answers. Plain SQL that runs on H2 (PostgreSQL mode) and PostgreSQL.

create sequence student_work_seq start with 1 increment by 50;
create sequence answer_seq start with 1 increment by 50;

-- one student's work on one assignment, pinned to the lesson version it was started on
create table student_work (
    id             bigint      not null primary key,
    version        integer     not null,
    assignment_id  bigint      not null,
    student_id     bigint      not null,
    lesson_id      bigint      not null,
    lesson_version integer     not null,
    status         varchar(16) not null,
    last_section   varchar(80),
    submitted_at   timestamp with time zone,
    late           boolean     not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    constraint uk_student_work_assignment_student unique (assignment_id, student_id),
    constraint fk_student_work_assignment foreign key (assignment_id) references assignment (id),
    constraint fk_student_work_student foreign key (student_id) references app_user (id),
    constraint fk_student_work_lesson foreign key (lesson_id) references lesson (id),
    constraint fk_student_work_lesson_version foreign key (lesson_id, lesson_version)
        references lesson_version (lesson_id, number),
    constraint ck_student_work_status check (status in ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED'))
);
create index ix_student_work_student on student_work (student_id);

-- one answer per question, exactly as typed; the text limits match AnswerLimits.MAX_TEXT
create table answer (
    id             bigint        not null primary key,
    version        integer       not null,
    work_id        bigint        not null,
    question_id    varchar(80)   not null,
    answer_type    varchar(32)   not null,
    text_value     varchar(5000),
    claim_text     varchar(5000),
    evidence_text  varchar(5000),
    reasoning_text varchar(5000),
    -- chosen option ids, sentence numbers or statement-to-category placements, as JSON
    selection      varchar(2000),
    blank          boolean       not null,
    score          numeric(6, 2),
    max_points     integer       not null,
    saved_at       timestamp with time zone not null,
    constraint uk_answer_work_question unique (work_id, question_id),
    constraint fk_answer_work foreign key (work_id) references student_work (id),
    constraint ck_answer_type check (answer_type in ('CHOICE', 'TEXT', 'EVIDENCE', 'CATEGORISATION', 'CER'))
);
