-- Knowledge articles written by the central functions' handlers, in Markdown.
create table kn_article (
    id            uuid                     primary key,
    function_id   uuid                     not null,
    title         varchar(200)             not null,
    body          text                     not null,
    tags          varchar(500)             not null default '',
    owner         varchar(100)             not null,
    owner_name    varchar(200)             not null,
    status        varchar(20)              not null,
    audience      varchar(20)              not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(100)             not null,
    published_at  timestamp with time zone,
    -- the request it was written from, if any; one from a confidential request stays in the function
    from_request  varchar(20),
    confidential_source boolean            not null default false,
    version       integer                  not null default 0,
    constraint kn_article_status check (status in ('UTKAST', 'PUBLICERAD', 'ARKIVERAD')),
    constraint kn_article_audience check (audience in ('FORVALTNINGAR', 'FUNKTIONEN'))
);

create index kn_article_function_status on kn_article (function_id, status);

-- "Was this helpful?": one answer per person and article, which the person may change.
create table kn_article_feedback (
    article_id uuid                     not null references kn_article (id) on delete cascade,
    username   varchar(100)             not null,
    helpful    boolean                  not null,
    given_at   timestamp with time zone not null,
    primary key (article_id, username)
);

-- Governing documents (styrdokument); their text and decision live in the versions.
create table kn_document (
    id              uuid         primary key,
    function_id     uuid         not null,
    title           varchar(200) not null,
    doc_type        varchar(20)  not null,
    owner           varchar(100) not null,
    owner_name      varchar(200) not null,
    current_version integer      not null,
    review_date     date         not null,
    -- the review date the owner was last reminded of, so a reminder goes out once
    reminded_for    date,
    version         integer      not null default 0,
    constraint kn_document_type check (doc_type in ('POLICY', 'RIKTLINJE', 'RUTIN', 'INSTRUKTION'))
);

create index kn_document_review on kn_document (review_date);

create table kn_document_version (
    document_id   uuid                     not null references kn_document (id) on delete cascade,
    number        integer                  not null,
    body          text                     not null,
    decided_by    varchar(200)             not null,
    decision_date date                     not null,
    valid_from    date                     not null,
    review_date   date                     not null,
    change_note   varchar(1000)            not null,
    created_by    varchar(100)             not null,
    created_at    timestamp with time zone not null,
    primary key (document_id, number)
);
