-- Classes and rosters administration. Plain SQL that runs on H2 (PostgreSQL mode) and PostgreSQL.

-- a withdrawn student keeps their enrolment row (and so their work stays visible to the
-- instructor); they simply stop seeing the class's lessons
alter table enrolment add column withdrawn_at timestamp with time zone;

create index ix_school_class_term_name on school_class (term, name);
