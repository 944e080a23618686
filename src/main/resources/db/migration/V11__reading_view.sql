-- How the student chose to read the lesson's text (null: never chose, so the original), and when they
-- first had the adapted text shown, so instructors can see which version a student read.
alter table student_work add column reading_view varchar(8);
alter table student_work add constraint ck_student_work_reading_view
    check (reading_view in ('ORIGINAL', 'ADAPTED', 'BOTH'));
alter table student_work add column adapted_read_at timestamp with time zone;
