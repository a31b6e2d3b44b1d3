-- How much each rule counts when a function's new requests are assigned at intake; a function
-- without a row uses the defaults in RoutingRules.Weights.DEFAULTS.
create table routing_weights (
    function_id       uuid                     primary key,
    contact_weight    integer                  not null,
    competence_weight integer                  not null,
    load_weight       integer                  not null,
    continuity_weight integer                  not null,
    sla_risk_weight   integer                  not null,
    ceiling_percent   integer                  not null,
    updated_by        varchar(100),
    updated_at        timestamp with time zone,
    version           integer                  not null default 0,
    constraint routing_weights_range check (contact_weight between 0 and 100 and competence_weight between 0 and 100
        and load_weight between 0 and 100 and continuity_weight between 0 and 100 and sla_risk_weight between 0 and 100),
    constraint routing_ceiling_range check (ceiling_percent between 50 and 200)
);
