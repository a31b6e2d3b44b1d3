-- A merged request is closed (STANGD) and points to the request it now lives on; its number stays valid
-- and leads there. Set once, never cleared: a merged request is not changed any more.
alter table req_request add column merged_into uuid;
alter table req_request add column merged_into_number varchar(30);

-- Who follows a request, as they were when they started following: a requester who joined another
-- förvaltning's request is shown to the handler with their name and förvaltning. Null for followers added
-- before joining existed.
alter table req_follower add column display_name varchar(200);
alter table req_follower add column forvaltning_name varchar(200);
alter table req_follower add column since timestamp with time zone;

-- Related requests ("same question, other förvaltning"): stored once in each direction, so that each page
-- reads its links by its own id.
create table req_link (
    request_id uuid         not null references req_request (id) on delete cascade,
    other_id   uuid         not null references req_request (id) on delete cascade,
    linked_by  varchar(100) not null,
    linked_at  timestamp with time zone not null,
    primary key (request_id, other_id),
    constraint req_link_not_itself check (request_id <> other_id)
);
