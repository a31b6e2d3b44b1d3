-- Fills req_request with :n requests for the municipality that Helhet's own demo generator
-- (helhet.demo.scale) has just written: every request belongs to a real service, function,
-- förvaltning and handler of that municipality, spread over three years, with registration
-- numbers per function and year and the counter rows set so that live intake continues after
-- them. Only the benchmark uses this; it writes the requests module's tables directly because
-- a million requests through the API would take longer than the benchmark itself.
\set ON_ERROR_STOP on
\timing on

create temp table bench_service as
select row_number() over (order by s.id) - 1 as i, s.id, s.function_id, f.short_name, s.name_sv, s.competence_id,
       s.confidential, s.sla_working_hours, s.retention_months,
       (select count(*) from org_staff st where st.function_id = s.function_id and not st.lead) as staff_count
from cat_service s join org_unit f on f.id = s.function_id;

create temp table bench_forvaltning as
select row_number() over (order by id) - 1 as i, id, name
from org_unit where kind = 'FORVALTNING' and orders_central_services;

create temp table bench_staff as
select row_number() over (partition by function_id order by id) - 1 as i, id, function_id, username,
       first_name || ' ' || last_name as name
from org_staff where not lead;

select count(*) as services from bench_service \gset
select count(*) as forvaltningar from bench_forvaltning \gset

create temp table bench_phrase (i int, title text, description text);
insert into bench_phrase values
 (0, 'Behöver hjälp med %s', 'Hej! Vi på enheten behöver stöd i ett ärende som gäller %s. Kan ni höra av er så snart som möjligt? Mvh'),
 (1, 'Fråga om %s', 'Hej, jag har en fråga om %s som jag inte hittar svar på i rutinen. Tacksam för återkoppling.'),
 (2, '%s – brådskande', 'Det här behöver lösas före nästa ledningsgrupp. Underlag finns, men vi vet inte hur vi ska gå vidare med %s.'),
 (3, 'Stöd kring %s inför hösten', 'Vi planerar inför hösten och vill få hjälp med %s. Ring gärna mig, jag sitter på kontoret tisdag–torsdag.'),
 (4, 'Ärende: %s', 'Hej! Som vi pratade om på APT behöver vi er hjälp med %s. Bifogar mer information senare.');

insert into req_request (id, number, function_id, function_code, service_id, service_name, form_version, competence_id,
    confidential, title, description, status, requester_username, requester_name, unit_id, forvaltning_id,
    forvaltning_name, assignee_staff_id, assignee_username, assignee_name, created_at, updated_at, due_at,
    resolved_at, closed_at, rating, rating_comment, retention_months, idempotency_key, version)
select gen_random_uuid(),
       g.short_name || ' ' || g.yr || '/' || to_char(row_number() over (partition by g.short_name, g.yr order by g.created), 'FM000000'),
       g.function_id, g.short_name, g.service_id, g.name_sv, 1, g.competence_id, g.confidential,
       format(p.title, lower(g.name_sv)), format(p.description, lower(g.name_sv)), g.status,
       case when g.n % 5000 = 0 then 'bestallare' else 'bench.anvandare' || (g.n % 3000) end,
       case when g.n % 5000 = 0 then 'Bengt Beställare' else 'Användare ' || (g.n % 3000) end,
       null, g.forvaltning_id, g.forvaltning_name,
       case when g.status = 'NY' then null else st.id end,
       case when g.status = 'NY' then null else st.username end,
       case when g.status = 'NY' then null else st.name end,
       g.created, g.created + interval '2 hours', g.due,
       case when g.status in ('LOST', 'STANGD') then g.created + interval '1 day' end,
       case when g.status = 'STANGD' then g.created + interval '4 days' end,
       case when g.status = 'STANGD' and g.n % 3 = 0 then 3 + g.n % 3 end, null,
       g.retention_months, null, 0
from (
    select x.*, s.id as service_id, s.function_id, s.short_name, s.name_sv, s.competence_id, s.confidential,
           s.retention_months, s.staff_count, fv.id as forvaltning_id, fv.name as forvaltning_name,
           extract(year from x.created at time zone 'Europe/Stockholm')::int as yr,
           x.created + s.sla_working_hours * interval '3 hours' as due,
           case
             when x.created > now() - interval '30 days' then
               case when x.r < 0.25 then 'NY' when x.r < 0.45 then 'TILLDELAD' when x.r < 0.70 then 'PAGAR'
                    when x.r < 0.80 then 'VANTAR' when x.r < 0.90 then 'LOST' else 'STANGD' end
             else
               case when x.r < 0.010 then 'PAGAR' when x.r < 0.015 then 'VANTAR' when x.r < 0.040 then 'LOST'
                    else 'STANGD' end
           end as status
    from (select n, now() - random() * interval '1095 days' as created, random() as r,
                 (n * 7919) % :services as si, (n * 104729) % :forvaltningar as fi
          from generate_series(1::bigint, :n) n) x
    join bench_service s on s.i = x.si
    join bench_forvaltning fv on fv.i = x.fi
) g
join bench_staff st on st.function_id = g.function_id and st.i = (g.n * 31) % g.staff_count
join bench_phrase p on p.i = g.n % 5;

insert into req_number_sequence (function_code, seq_year, last_value)
select function_code, extract(year from created_at at time zone 'Europe/Stockholm')::int, count(*)
from req_request group by 1, 2
on conflict (function_code, seq_year) do update set last_value = excluded.last_value;

vacuum analyze req_request;
select status, count(*) from req_request group by status order by status;
