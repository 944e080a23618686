-- Append-only record of who did what. Rows are inserted, never updated or deleted.

create sequence audit_event_seq start with 1 increment by 50;

create table audit_event (
    id             bigint        not null primary key,
    occurred_at    timestamp with time zone not null,
    actor_id       bigint,
    actor_username varchar(64)   not null,
    action         varchar(40)   not null,
    target_type    varchar(40),
    target_id      varchar(80),
    details        varchar(2000)
);
create index ix_audit_event_occurred_at on audit_event (occurred_at);
create index ix_audit_event_actor_username on audit_event (actor_username);
create index ix_audit_event_action on audit_event (action);
