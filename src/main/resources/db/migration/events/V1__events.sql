-- Events programme: programmes (Kulturnatten, the all-year calendar), venues, organisers, events
-- with their occurrences, moderation and the public change log. Designed for the whole issue:
-- organiser submission, the editors' review queue, print freeze and feeds.

-- A programme: one Kulturnatten edition (a festival on one day) or the all-year events calendar.
create table ev_programme (
    id                  uuid                     primary key,
    slug                varchar(80)              not null unique,
    kind                varchar(20)              not null,
    name_sv             varchar(200)             not null,
    name_en             varchar(200),
    description_sv      text                     not null default '',
    description_en      text,
    starts_at           timestamp with time zone,
    ends_at             timestamp with time zone,
    -- organisers may submit until then; later submissions are refused with a clear message
    submission_deadline timestamp with time zone,
    -- after the print freeze, changes are listed as "ändrat efter tryck"
    print_freeze        timestamp with time zone,
    published_at        timestamp with time zone,
    version             integer                  not null default 0,
    constraint ev_programme_kind check (kind in ('FESTIVAL', 'CALENDAR'))
);

-- A place where events happen. A venue an organiser proposes waits for an editor; duplicates are
-- merged into another venue (merged_into) so old links keep working.
create table ev_venue (
    id                uuid                     primary key,
    name              varchar(200)             not null,
    street_address    varchar(200)             not null,
    postal_code       varchar(10)              not null default '',
    locality          varchar(100)             not null,
    area              varchar(100)             not null,
    latitude          decimal(9, 6),
    longitude         decimal(9, 6),
    step_free         boolean                  not null default false,
    accessible_toilet boolean                  not null default false,
    parking_nearby    boolean                  not null default false,
    description       text                     not null default '',
    status            varchar(20)              not null default 'APPROVED',
    merged_into       uuid                     references ev_venue (id),
    version           integer                  not null default 0,
    constraint ev_venue_status check (status in ('PROPOSED', 'APPROVED', 'MERGED'))
);

create index ev_venue_area on ev_venue (area);

-- A venue's opening hours during one programme (Kulturnatten night).
create table ev_venue_hours (
    programme_id uuid                     not null references ev_programme (id) on delete cascade,
    venue_id     uuid                     not null references ev_venue (id),
    opens_at     timestamp with time zone not null,
    closes_at    timestamp with time zone not null,
    primary key (programme_id, venue_id)
);

-- An organiser: an association, museum, library, restaurant or shop, without a municipal account.
-- The e-mail address is verified by a link whose token is stored only as a digest.
create table ev_organiser (
    id                 uuid                     primary key,
    email              varchar(254)             not null unique,
    name               varchar(200)             not null,
    organisation_name  varchar(200)             not null default '',
    phone              varchar(40)              not null default '',
    verified_at        timestamp with time zone,
    token_digest       varchar(64),
    token_expires_at   timestamp with time zone,
    created_at         timestamp with time zone not null,
    blocked            boolean                  not null default false
);

-- An event of a programme. Texts in Swedish with optional English. Status follows moderation:
-- DRAFT → SUBMITTED → (CHANGES_REQUESTED | REJECTED | APPROVED) → PUBLISHED → (CANCELLED | MOVED).
create table ev_event (
    id               uuid                     primary key,
    programme_id     uuid                     not null references ev_programme (id),
    -- a short number per programme for the stable public URL /evenemang/{slug}/{number}
    number           integer                  not null,
    organiser_id     uuid                     references ev_organiser (id),
    organiser_name   varchar(200)             not null default '',
    venue_id         uuid                     not null references ev_venue (id),
    title_sv         varchar(200)             not null,
    title_en         varchar(200),
    description_sv   text                     not null,
    description_en   text,
    language         varchar(40)              not null default 'svenska',
    -- null: free (the normal case at Kulturnatten)
    price_sek        integer,
    price_note       varchar(200)             not null default '',
    image_ref        varchar(300),
    image_alt        varchar(300),
    status           varchar(20)              not null,
    status_reason    text,
    -- the iCalendar SEQUENCE: raised on every change a calendar must notice (cancel, move, new time)
    sequence         integer                  not null default 0,
    submitted_at     timestamp with time zone,
    approved_at      timestamp with time zone,
    published_at     timestamp with time zone,
    -- what the editors last approved (JSON), so the review queue can show what changed since
    approved_snapshot text,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    version          integer                  not null default 0,
    constraint ev_event_status check (status in ('DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED',
        'APPROVED', 'PUBLISHED', 'CANCELLED', 'MOVED')),
    constraint ev_event_number unique (programme_id, number)
);

create index ev_event_programme_status on ev_event (programme_id, status);
create index ev_event_venue on ev_event (venue_id);

-- When an event happens: one or several slots the same evening, each with its own accessibility.
create table ev_occurrence (
    id                 uuid                     primary key,
    event_id           uuid                     not null references ev_event (id) on delete cascade,
    position           integer                  not null,
    starts_at          timestamp with time zone not null,
    ends_at            timestamp with time zone not null,
    -- the start before the event was moved, for previousStartDate and the change log
    previous_starts_at timestamp with time zone,
    sign_language      boolean                  not null default false,
    hearing_loop       boolean                  not null default false,
    captions           boolean                  not null default false,
    low_stimulus       boolean                  not null default false,
    cancelled          boolean                  not null default false,
    constraint ev_occurrence_order check (ends_at > starts_at)
);

create index ev_occurrence_event on ev_occurrence (event_id, position);
create index ev_occurrence_start on ev_occurrence (starts_at);

create table ev_event_category (
    event_id uuid        not null references ev_event (id) on delete cascade,
    category varchar(30) not null,
    primary key (event_id, category)
);

create table ev_event_age_group (
    event_id  uuid        not null references ev_event (id) on delete cascade,
    age_group varchar(30) not null,
    primary key (event_id, age_group)
);

create table ev_event_link (
    event_id uuid          not null references ev_event (id) on delete cascade,
    position integer       not null,
    url      varchar(500)  not null,
    label    varchar(200)  not null default '',
    primary key (event_id, position)
);

-- The editors' decisions, the organiser's submissions and changes: the review history.
create table ev_review (
    id          uuid                     primary key,
    event_id    uuid                     not null references ev_event (id) on delete cascade,
    at          timestamp with time zone not null,
    by_name     varchar(200)             not null,
    action      varchar(30)              not null,
    reason      text                     not null default ''
);

create index ev_review_event on ev_review (event_id, at);

-- The public change log: every change to an event after the programme was published.
create table ev_change (
    id                 uuid                     primary key,
    programme_id       uuid                     not null references ev_programme (id),
    event_id           uuid                     not null references ev_event (id),
    changed_at         timestamp with time zone not null,
    kind               varchar(20)              not null,
    summary_sv         text                     not null,
    summary_en         text                     not null,
    after_print_freeze boolean                  not null default false,
    constraint ev_change_kind check (kind in ('ADDED', 'CHANGED', 'MOVED', 'CANCELLED'))
);

create index ev_change_programme on ev_change (programme_id, changed_at);

-- Abuse protection for the public submission forms: attempts per key (e-mail digest or address).
create table ev_rate_limit (
    key_digest varchar(64)              not null,
    at         timestamp with time zone not null
);

create index ev_rate_limit_key on ev_rate_limit (key_digest, at);
