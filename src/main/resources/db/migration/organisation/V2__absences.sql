-- Absences of the central functions' staff: holidays, sickness, VAB and so on, whole or part days.
create table org_absence (
    id               uuid                     primary key,
    staff_id         uuid                     not null references org_staff (id) on delete cascade,
    kind             varchar(20)              not null,
    from_date        date                     not null,
    to_date          date                     not null,
    part_day_percent integer,
    note             varchar(500),
    registered_by    varchar(100)             not null,
    registered_at    timestamp with time zone not null,
    version          integer                  not null default 0,
    constraint org_absence_kind check (kind in ('SEMESTER', 'SJUKDOM', 'VAB', 'TJANSTLEDIGHET', 'UTBILDNING',
                                                'FORALDRALEDIGHET')),
    constraint org_absence_period_order check (to_date >= from_date),
    constraint org_absence_part_day check (part_day_percent is null or part_day_percent between 1 and 99)
);

create index org_absence_staff_period on org_absence (staff_id, from_date);
create index org_absence_period on org_absence (from_date, to_date);
