-- Local accounts, their roles and personal API tokens.
create table platform_account (
    id            uuid         primary key,
    username      varchar(100) not null unique,
    display_name  varchar(200) not null,
    title         varchar(200),
    email         varchar(200),
    password_hash varchar(200),
    unit_id       uuid,
    staff_id      uuid,
    demo          boolean      not null default false,
    enabled       boolean      not null default true,
    created_at    timestamp with time zone not null
);

create table platform_account_role (
    account_id uuid        not null references platform_account (id) on delete cascade,
    role       varchar(30) not null,
    primary key (account_id, role)
);

-- Tokens are stored only as SHA-256 digests: a token is high-entropy, so a fast digest is safe and
-- keeps every API call cheap (a slow password hash would cost each call hundreds of milliseconds).
create table platform_api_token (
    id           uuid         primary key,
    account_id   uuid         not null references platform_account (id) on delete cascade,
    name         varchar(100) not null,
    token_digest varchar(64)  not null unique,
    token_hint   varchar(16)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone,
    revoked_at   timestamp with time zone
);

create index platform_api_token_account on platform_api_token (account_id);
