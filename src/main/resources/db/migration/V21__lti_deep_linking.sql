-- LTI Deep Linking 2.0: an instructor's content-selection request, kept on the server between the
-- platform's signed request and the tool's signed answer, so that nothing the platform asked for (where to
-- return, what it accepts, its opaque data) is ever taken back from the browser. See docs/decisions/0017.

-- id is random and is the picker's address; launch_url is the tool's launch address as the platform
-- reached it; response_jwt is the signed LtiDeepLinkingResponse, set once, by a conditional update
create table lti_deep_link (
    id            varchar(64)   not null primary key,
    platform_id   bigint        not null references lti_platform (id),
    user_id       bigint        not null references app_user (id),
    class_id      bigint        not null references school_class (id),
    deployment_id varchar(255)  not null,
    return_url    varchar(2000) not null,
    accept_types  varchar(500)  not null,
    platform_data varchar(4000),
    launch_url    varchar(2000) not null,
    created_at    timestamp with time zone not null,
    answered_at   timestamp with time zone,
    response_jwt  varchar(16000)
);
create index ix_lti_deep_link_created on lti_deep_link (created_at);
