-- Every search node walks requests by time of change to catch up with changes made on other nodes.
create index req_request_changed on req_request (updated_at, id);
