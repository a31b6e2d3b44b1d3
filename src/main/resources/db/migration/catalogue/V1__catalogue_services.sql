-- The common service catalogue of the central functions. A service's form is versioned: a request
-- keeps the form version it was filed with, so editing a service never breaks filed requests.
create table cat_service (
    id                 uuid          primary key,
    function_id        uuid          not null,
    name_sv            varchar(200)  not null,
    name_en            varchar(200),
    description_sv     varchar(4000) not null,
    description_en     varchar(4000),
    competence_id      uuid,
    sla_working_hours  integer       not null,
    confidential       boolean       not null,
    retention_months   integer       not null,
    routine_title      varchar(300),
    routine_url        varchar(500),
    active             boolean       not null default true,
    form_version       integer       not null default 1,
    version            integer       not null default 0,
    constraint cat_service_sla check (sla_working_hours > 0),
    constraint cat_service_retention check (retention_months > 0)
);

create index cat_service_function on cat_service (function_id);

create table cat_service_field (
    id           uuid          primary key,
    service_id   uuid          not null references cat_service (id),
    form_version integer       not null,
    position     integer       not null,
    field_key    varchar(60)   not null,
    label_sv     varchar(200)  not null,
    label_en     varchar(200),
    field_type   varchar(20)   not null,
    required     boolean       not null,
    options      varchar(2000),
    constraint cat_service_field_type check (field_type in ('TEXT', 'CHOICE', 'DATE', 'NUMBER', 'YESNO')),
    constraint cat_service_field_key unique (service_id, form_version, field_key)
);

create table cat_checklist_step (
    id         uuid         primary key,
    service_id uuid         not null references cat_service (id),
    position   integer      not null,
    text_sv    varchar(300) not null,
    text_en    varchar(300)
);

create index cat_checklist_step_service on cat_checklist_step (service_id);
