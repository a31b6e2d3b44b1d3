-- Synonyms a function's lead edits ("VAB" = "vård av barn"); applied when searching, so no re-indexing.
create table kn_synonym (
    id          uuid                     primary key,
    function_id uuid                     not null,
    one         varchar(100)             not null,
    other       varchar(100)             not null,
    created_by  varchar(100)             not null,
    created_at  timestamp with time zone not null,
    constraint kn_synonym_unique unique (function_id, one, other)
);

-- Work not done twice: a requester who joined an existing request instead of filing a new one
-- (UNDVIKEN_DUBBLETT), a duplicate merged by a handler (SAMMANFOGAD), and a question an article
-- or governing document answered before anything was filed (AVLEDD). Counted per förvaltning and function.
create table kn_saving (
    id             uuid                     primary key,
    kind           varchar(30)              not null,
    function_id    uuid                     not null,
    forvaltning_id uuid,
    request_id     uuid,
    article_id     uuid,
    username       varchar(100)             not null,
    at             timestamp with time zone not null,
    constraint kn_saving_kind check (kind in ('UNDVIKEN_DUBBLETT', 'SAMMANFOGAD', 'AVLEDD'))
);
create index kn_saving_function on kn_saving (function_id, at);
