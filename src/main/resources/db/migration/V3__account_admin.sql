-- Sign-in throttling and the administrator's users view. Plain SQL for H2 and PostgreSQL.

alter table app_user add column failed_sign_ins integer default 0 not null;
alter table app_user add column locked_until timestamp with time zone;
alter table app_user add column last_sign_in_at timestamp with time zone;

-- the users view searches and sorts by these; username already has its unique index
create index ix_app_user_email on app_user (email);
create index ix_app_user_display_name on app_user (display_name);
