-- The readiness check inserts a row here and rolls it back, so "ready" means the database accepts a
-- write that passes a CHECK constraint (docs/decisions/0007-database-faults-made-visible.md). No row is
-- ever committed. The list has two values on purpose: H2 turns a one-value IN into "=", and the fault
-- this check exists for was in the IN-list path.
create table health_probe (
    state varchar(16) not null,
    constraint ck_health_probe_state check (state in ('WRITABLE', 'CHECKED'))
);
