-- Which questions a class is given: the lesson's one-period core path or the full lesson. Lessons
-- assigned before this column existed were given in full, so existing work keeps every question.
alter table assignment add column path varchar(8) default 'FULL' not null;
alter table assignment add constraint ck_assignment_path check (path in ('CORE', 'FULL'));
