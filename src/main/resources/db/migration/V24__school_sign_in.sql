-- School sign-in with OpenID Connect (docs/decisions/0020): which account a provider's person is. The
-- subject is the provider's stable id for the person, so the link survives a changed email. An account has
-- at most one person per issuer: an address a school gives to someone new does not reach the old account.

create table school_sign_in_link (
    issuer    varchar(500) not null,
    subject   varchar(255) not null,
    user_id   bigint       not null references app_user (id),
    linked_at timestamp with time zone not null,
    constraint pk_school_sign_in_link primary key (issuer, subject),
    constraint uk_school_sign_in_link_user unique (issuer, user_id)
);
