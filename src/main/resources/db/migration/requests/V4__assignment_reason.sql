-- Why the request's handler has it ("förvaltningens HR-kontakt, arbetsrätt nivå 3, beläggning 62 %"),
-- shown to the handler and the lead; null for requests assigned before routing explained itself.
alter table req_request add column assignment_reason varchar(1000);
