-- Requests handed over because their handler is away: for the lead's overview and for moving them
-- back when the person returns (only when the lead chooses so).
create table routing_handover (
    id               uuid                     primary key,
    absence_id       uuid                     not null,
    function_id      uuid                     not null,
    request_id       uuid                     not null,
    request_number   varchar(30)              not null,
    from_staff_id    uuid                     not null,
    to_staff_id      uuid,
    reason           varchar(1000)            not null,
    handed_over_at   timestamp with time zone not null,
    moved_back_at    timestamp with time zone,
    moved_back_by    varchar(100)
);
create index routing_handover_function on routing_handover (function_id, handed_over_at);
create index routing_handover_absence on routing_handover (absence_id);

-- One row per function, locked while its absences are covered, so that two absences registered at
-- the same time (on any node) are covered one after the other and never hand work to each other.
create table routing_cover_lock (
    function_id uuid primary key
);
