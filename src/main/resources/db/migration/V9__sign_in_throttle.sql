-- Failed sign-ins slow down further tries instead of locking an account (docs/decisions/0006).
-- app_user.locked_until now holds the time before which the next try is refused.
alter table app_user add column last_failed_sign_in_at timestamp with time zone;

-- The same streak for names that match no account, so that an unknown name behaves exactly like a
-- real one. Keyed by a short hash bucket of the name, never the name: people sometimes type their
-- password into the username field. The bucket is short on purpose (at most 2^20 rows).
create table unknown_name_sign_in (
    name_bucket             varchar(8) not null primary key,
    failed_sign_ins         integer    not null,
    last_failed_sign_in_at  timestamp with time zone not null,
    locked_until            timestamp with time zone
);
