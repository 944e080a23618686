-- Sourcework foundation schema. Plain SQL that runs on H2 (PostgreSQL mode) and PostgreSQL.

create sequence app_user_seq start with 1 increment by 50;
create sequence school_class_seq start with 1 increment by 50;
create sequence enrolment_seq start with 1 increment by 50;
create sequence lesson_seq start with 1 increment by 50;
create sequence lesson_version_seq start with 1 increment by 50;
create sequence assignment_seq start with 1 increment by 50;

create table app_user (
    id                   bigint       not null primary key,
    version              integer      not null,
    username             varchar(64)  not null,
    display_name         varchar(120) not null,
    email                varchar(254) not null,
    password_hash        varchar(255) not null,
    role                 varchar(16)  not null,
    enabled              boolean      not null,
    must_change_password boolean      not null,
    created_at           timestamp with time zone not null,
    constraint uk_app_user_username unique (username),
    constraint ck_app_user_role check (role in ('STUDENT', 'INSTRUCTOR', 'ADMIN'))
);

create table school_class (
    id         bigint       not null primary key,
    version    integer      not null,
    name       varchar(120) not null,
    term       varchar(60)  not null,
    archived   boolean      not null,
    created_at timestamp with time zone not null,
    constraint uk_school_class_name_term unique (name, term)
);

create table enrolment (
    id         bigint      not null primary key,
    version    integer     not null,
    class_id   bigint      not null references school_class (id),
    user_id    bigint      not null references app_user (id),
    class_role varchar(16) not null,
    created_at timestamp with time zone not null,
    constraint uk_enrolment_class_user unique (class_id, user_id),
    constraint ck_enrolment_role check (class_role in ('STUDENT', 'INSTRUCTOR'))
);
create index ix_enrolment_user on enrolment (user_id);

create table lesson (
    id             bigint       not null primary key,
    version        integer      not null,
    slug           varchar(80)  not null,
    title          varchar(200) not null,
    current_number integer      not null,
    content_hash   varchar(64)  not null,
    constraint uk_lesson_slug unique (slug)
);

-- every distinct content of a lesson is kept, so work done on an older version still shows its text
create table lesson_version (
    id           bigint       not null primary key,
    lesson_id    bigint       not null references lesson (id),
    number       integer      not null,
    title        varchar(200) not null,
    content_hash varchar(64)  not null,
    source       varchar(1000000) not null,
    loaded_at    timestamp with time zone not null,
    constraint uk_lesson_version_number unique (lesson_id, number)
);

create table assignment (
    id         bigint    not null primary key,
    version    integer   not null,
    class_id   bigint    not null references school_class (id),
    lesson_id  bigint    not null references lesson (id),
    due_at     timestamp with time zone,
    created_at timestamp with time zone not null,
    constraint uk_assignment_class_lesson unique (class_id, lesson_id)
);
