-- Every choice answer a student checked, in order, so the instructor sees the guesses and the first
-- try can be scored and analysed. Written once, never changed.
create sequence answer_attempt_seq start with 1 increment by 50;

create table answer_attempt (
    id         bigint        not null primary key,
    answer_id  bigint        not null,
    number     integer       not null,
    -- the chosen option ids, as JSON, as in answer.selection
    selection  varchar(2000) not null,
    -- the attempt the lesson scores and analyses (the first, unless the lesson scores the last answer)
    scored     boolean       not null,
    checked_at timestamp with time zone not null,
    constraint uk_answer_attempt_number unique (answer_id, number),
    constraint fk_answer_attempt_answer foreign key (answer_id) references answer (id)
);
