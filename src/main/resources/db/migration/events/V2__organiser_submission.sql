-- Organisers' submissions and the editors' review queue.
--
-- The organiser's latest version of an event is kept whole as JSON in submission. Before the
-- first approval the event's columns are written from it too (nobody but the organiser and the
-- editors sees them). After an approval the columns are the public version and stay so while a
-- change waits: the change lives only in submission, with its own review state in pending_status,
-- until an editor approves it and it is copied into the columns.

-- an event gets its public number when it is approved, not when it is submitted
alter table ev_event alter column number drop not null;

alter table ev_event add column submission text;
-- null: no change waiting; SUBMITTED, CHANGES_REQUESTED or REJECTED for a change to an approved event
alter table ev_event add column pending_status varchar(20);
-- the editors' message about the waiting change (what to change, or why it was refused)
alter table ev_event add column pending_reason text;
alter table ev_event add column pending_since timestamp with time zone;

create index ev_event_organiser on ev_event (organiser_id);
create index ev_event_pending on ev_event (pending_status);

-- a venue an organiser proposed, so that only they see it until an editor approves it
alter table ev_venue add column proposed_by uuid references ev_organiser (id);
