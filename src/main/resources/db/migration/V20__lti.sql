-- LTI 1.3: the tool's signing keys, the platforms schools register, their launches and what a launch
-- links to. Plain SQL that runs on H2 (PostgreSQL mode) and PostgreSQL. See docs/decisions/0016.

create sequence lti_tool_key_seq start with 1 increment by 50;
create sequence lti_platform_seq start with 1 increment by 50;

-- private_jwk holds the whole key pair as a JWK; encrypted (AES-GCM) when a key secret is configured
create table lti_tool_key (
    id            bigint        not null primary key,
    version       integer       not null,
    kid           varchar(64)   not null,
    public_jwk    varchar(4000) not null,
    private_jwk   varchar(12000) not null,
    encrypted     boolean       not null,
    status        varchar(16)   not null,
    created_at    timestamp with time zone not null,
    retired_at    timestamp with time zone,
    constraint uk_lti_tool_key_kid unique (kid),
    constraint ck_lti_tool_key_status check (status in ('ACTIVE', 'PREVIOUS', 'RETIRED'))
);

create table lti_platform (
    id         bigint        not null primary key,
    version    integer       not null,
    name       varchar(120)  not null,
    issuer     varchar(500)  not null,
    client_id  varchar(255)  not null,
    jwks_url   varchar(1000) not null,
    auth_url   varchar(1000) not null,
    token_url  varchar(1000) not null,
    created_at timestamp with time zone not null,
    constraint uk_lti_platform_issuer_client unique (issuer, client_id)
);

create table lti_deployment (
    platform_id   bigint       not null references lti_platform (id),
    deployment_id varchar(255) not null,
    constraint pk_lti_deployment primary key (platform_id, deployment_id)
);

-- one row per login initiation: the state (also in the browser's cookie) and the nonce the id_token must
-- carry; used_at is set once, by a conditional update, so a nonce is accepted once across all nodes
create table lti_login (
    state       varchar(64) not null primary key,
    nonce       varchar(64) not null,
    platform_id bigint      not null references lti_platform (id),
    created_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint uk_lti_login_nonce unique (nonce)
);
create index ix_lti_login_created on lti_login (created_at);

-- who a platform's user (sub), context and resource link are in Sourcework
create table lti_user_link (
    platform_id bigint       not null references lti_platform (id),
    subject     varchar(255) not null,
    user_id     bigint       not null references app_user (id),
    constraint pk_lti_user_link primary key (platform_id, subject)
);

create table lti_context_link (
    platform_id bigint       not null references lti_platform (id),
    context_id  varchar(255) not null,
    class_id    bigint       not null references school_class (id),
    constraint pk_lti_context_link primary key (platform_id, context_id)
);

create table lti_resource_link (
    platform_id      bigint       not null references lti_platform (id),
    resource_link_id varchar(255) not null,
    assignment_id    bigint       not null references assignment (id),
    constraint pk_lti_resource_link primary key (platform_id, resource_link_id)
);
