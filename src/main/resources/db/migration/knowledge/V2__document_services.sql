-- Which catalogue services a governing document applies to ("gäller tjänsterna …"): the request page
-- shows the service's routine to the handler, the intake form its guidance to the requester.
create table kn_document_service (
    document_id uuid not null references kn_document (id) on delete cascade,
    service_id  uuid not null,
    primary key (document_id, service_id)
);

create index kn_document_service_service on kn_document_service (service_id);

-- What a requester should know before ordering, in a few plain sentences; when empty, the start of the
-- document's text is shown instead.
alter table kn_document add column requester_summary varchar(1000);
