-- The readiness check inserts a row here and rolls it back, so "ready" means the database accepts a
-- write that passes a CHECK constraint (docs/decisions/0007-database-faults-made-visible.md). No row is
-- ever committed.
create table health_probe (
    state varchar(16) not null,
    constraint ck_health_probe_state check (state in ('WRITABLE'))
);
