-- Lists sorted by due time across functions (the "all" view, the list API's default) walk this
-- index and stop after one page instead of sorting every visible request.
create index req_request_due_order on req_request (due_at, id);

-- A requester's list includes the requests they follow.
create index req_follower_user on req_follower (username, request_id);
