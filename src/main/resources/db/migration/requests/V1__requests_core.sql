-- Requests (ärenden). Names of people, services and functions are copied at the time of the change,
-- so that a request reads the same years later and other modules' tables are never joined.
create table req_number_sequence (
    function_code varchar(10) not null,
    seq_year      integer     not null,
    last_value    integer     not null,
    primary key (function_code, seq_year)
);

create table req_request (
    id                 uuid           primary key,
    number             varchar(30)    not null unique,
    function_id        uuid           not null,
    function_code      varchar(10)    not null,
    service_id         uuid           not null,
    service_name       varchar(200)   not null,
    form_version       integer        not null,
    competence_id      uuid,
    confidential       boolean        not null,
    title              varchar(200)   not null,
    description        varchar(10000) not null,
    status             varchar(20)    not null,
    requester_username varchar(100)   not null,
    requester_name     varchar(200)   not null,
    unit_id            uuid,
    forvaltning_id     uuid           not null,
    forvaltning_name   varchar(200)   not null,
    assignee_staff_id  uuid,
    assignee_username  varchar(100),
    assignee_name      varchar(200),
    created_at         timestamp with time zone not null,
    updated_at         timestamp with time zone not null,
    due_at             timestamp with time zone not null,
    resolved_at        timestamp with time zone,
    closed_at          timestamp with time zone,
    rating             integer,
    rating_comment     varchar(2000),
    retention_months   integer        not null,
    idempotency_key    varchar(100),
    version            integer        not null default 0,
    constraint req_request_status check (status in ('NY', 'TILLDELAD', 'PAGAR', 'VANTAR', 'LOST', 'STANGD')),
    constraint req_request_rating check (rating is null or rating between 1 and 5),
    constraint req_request_idempotency unique (requester_username, idempotency_key)
);

-- The queues: a function's open requests by due time, a handler's by due time, a requester's newest first.
create index req_request_function_queue on req_request (function_id, status, due_at);
create index req_request_assignee_queue on req_request (assignee_staff_id, status, due_at);
create index req_request_requester on req_request (requester_username, created_at);
create index req_request_forvaltning on req_request (forvaltning_id, status, due_at);
create index req_request_due on req_request (status, due_at);

create table req_answer (
    request_id uuid          not null references req_request (id) on delete cascade,
    field_key  varchar(60)   not null,
    position   integer       not null,
    label      varchar(200)  not null,
    field_type varchar(20)   not null,
    answer     varchar(4000),
    primary key (request_id, field_key)
);

create table req_comment (
    id          uuid           primary key,
    request_id  uuid           not null references req_request (id) on delete cascade,
    author_username varchar(100) not null,
    author_name varchar(200)   not null,
    internal    boolean        not null,
    body        varchar(10000) not null,
    created_at  timestamp with time zone not null
);

create index req_comment_request on req_comment (request_id, created_at);

create table req_time_entry (
    id           uuid         primary key,
    request_id   uuid         not null references req_request (id) on delete cascade,
    staff_username varchar(100) not null,
    staff_name   varchar(200) not null,
    work_date    date         not null,
    minutes      integer      not null,
    activity     varchar(200) not null,
    created_at   timestamp with time zone not null,
    constraint req_time_entry_minutes check (minutes between 1 and 1440)
);

create index req_time_entry_request on req_time_entry (request_id);

create table req_checklist_item (
    id         uuid         primary key,
    request_id uuid         not null references req_request (id) on delete cascade,
    position   integer      not null,
    text       varchar(300) not null,
    done       boolean      not null default false,
    done_by    varchar(200),
    done_at    timestamp with time zone
);

create index req_checklist_item_request on req_checklist_item (request_id);

create table req_attachment (
    id           uuid         primary key,
    request_id   uuid         not null references req_request (id) on delete cascade,
    filename     varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    storage_key  varchar(100) not null,
    uploaded_by  varchar(100) not null,
    created_at   timestamp with time zone not null
);

create index req_attachment_request on req_attachment (request_id);

-- The audit trail: written by the application only, never updated or deleted through any interface.
create table req_audit (
    id             uuid          primary key,
    request_id     uuid          not null references req_request (id) on delete cascade,
    at             timestamp with time zone not null,
    actor_username varchar(100)  not null,
    actor_name     varchar(200)  not null,
    action         varchar(40)   not null,
    field          varchar(60),
    before_value   varchar(2000),
    after_value    varchar(2000),
    public_entry   boolean       not null,
    request_version integer      not null
);

create index req_audit_request on req_audit (request_id, at);

create table req_follower (
    request_id uuid         not null references req_request (id) on delete cascade,
    username   varchar(100) not null,
    primary key (request_id, username)
);

create table req_notification (
    id         uuid         primary key,
    username   varchar(100) not null,
    request_id uuid         references req_request (id) on delete cascade,
    message    varchar(500) not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone
);

create index req_notification_user on req_notification (username, created_at);
