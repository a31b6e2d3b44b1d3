-- The group (koncern), its units, the central functions' staff, competences and named contacts.
create table org_group (
    id                uuid         primary key,
    name              varchar(200) not null,
    municipality_name varchar(200) not null,
    org_number        varchar(20),
    version           integer      not null default 0
);

create table org_unit (
    id                      uuid         primary key,
    kind                    varchar(20)  not null,
    name                    varchar(200) not null,
    short_name              varchar(20),
    parent_id               uuid         references org_unit (id),
    orders_central_services boolean      not null,
    description             varchar(1000),
    version                 integer      not null default 0,
    constraint org_unit_kind check (kind in ('FORVALTNING', 'BOLAG', 'FUNCTION', 'UNIT'))
);

create index org_unit_parent on org_unit (parent_id);

create table org_profession (
    id          uuid         primary key,
    function_id uuid         not null references org_unit (id),
    name        varchar(200) not null,
    constraint org_profession_name unique (function_id, name)
);

create table org_competence (
    id          uuid         primary key,
    function_id uuid         not null references org_unit (id),
    name        varchar(200) not null,
    constraint org_competence_name unique (function_id, name)
);

create table org_staff (
    id                    uuid          primary key,
    function_id           uuid          not null references org_unit (id),
    first_name            varchar(100)  not null,
    last_name             varchar(100)  not null,
    email                 varchar(200)  not null unique,
    phone                 varchar(40),
    profession_id         uuid          not null references org_profession (id),
    specialist            boolean       not null,
    weekly_capacity_hours numeric(4, 1) not null,
    username              varchar(100)  unique,
    lead                  boolean       not null default false,
    version               integer       not null default 0
);

create index org_staff_function on org_staff (function_id);

create table org_staff_competence (
    staff_id      uuid    not null references org_staff (id) on delete cascade,
    competence_id uuid    not null references org_competence (id) on delete cascade,
    level         integer not null,
    primary key (staff_id, competence_id),
    constraint org_staff_competence_level check (level between 1 and 3)
);

-- The named contact of a förvaltning in each central function ("work close to the förvaltning").
create table org_contact (
    forvaltning_id uuid not null references org_unit (id),
    function_id    uuid not null references org_unit (id),
    staff_id       uuid not null references org_staff (id) on delete cascade,
    primary key (forvaltning_id, function_id)
);
