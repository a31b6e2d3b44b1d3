-- Every e-mail Helhet sends, kept so the administrator can read what went out (and, without an SMTP
-- server, what would have gone out). next_attempt_at is null for a mail that is only kept here: it was
-- written while no SMTP server was configured and must never be sent later by surprise.
create table platform_outbox (
    id              uuid          primary key,
    recipient       varchar(320)  not null,
    subject         varchar(300)  not null,
    body            varchar(20000) not null,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    error           varchar(2000),
    attempts        integer       not null default 0,
    next_attempt_at timestamp with time zone
);

create index platform_outbox_created on platform_outbox (created_at);
create index platform_outbox_due on platform_outbox (next_attempt_at);
