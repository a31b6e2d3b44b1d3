-- Routing reads, at every intake, the open load per handler of a function and who handled the
-- förvaltning's recent requests; both stay index ranges with a million requests, read from the index
-- alone.
create index req_request_function_load on req_request (function_id, status, assignee_staff_id);
create index req_request_recent on req_request (function_id, forvaltning_id, created_at, assignee_staff_id,
    requester_username);
