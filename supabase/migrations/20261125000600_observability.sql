-- =============================================================================
-- Observability: health results, the call log and its hourly rollups.
-- The log grows without bound, so it is partitioned by month: retention drops
-- whole partitions instead of scanning, and the dashboard's queries hit one or
-- two recent partitions through (organization_id, created_at, id) indexes.
-- =============================================================================

create table public.integration_health (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  status public.health_status not null,
  latency_ms integer check (latency_ms is null or latency_ms >= 0),
  http_status integer,
  -- timeout | connection | auth | rate_limited | server_error | slow | unexpected_status
  error_class text,
  message text,
  checked_at timestamptz not null default now()
);
comment on table public.integration_health is 'One row per health check of a connection; the history behind its health badge.';
create index integration_health_connection_idx on public.integration_health (connection_id, checked_at desc);
create index integration_health_org_idx on public.integration_health (organization_id, checked_at desc);

alter table public.integration_health enable row level security;
grant select on public.integration_health to authenticated;
grant all on public.integration_health to service_role;
create policy "members read health history" on public.integration_health
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));

-- -----------------------------------------------------------------------------
-- Call log (partitioned by month)
-- -----------------------------------------------------------------------------
create table public.integration_logs (
  id bigint generated always as identity,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid references public.integration_connections (id) on delete set null,
  log_type text not null check (log_type in ('request', 'response', 'error', 'webhook', 'system')),
  method text check (method is null or method ~ '^[A-Z]{3,7}$'),
  -- Path and query with secret-bearing parameters removed before it gets here.
  path text,
  status_code integer,
  duration_ms integer check (duration_ms is null or duration_ms >= 0),
  request_bytes integer,
  response_bytes integer,
  caller_type text check (caller_type in ('user', 'api_key', 'service', 'provider', 'scheduler')),
  caller_id text,
  ip inet,
  -- Redacted and size-capped copies; never a secret.
  request_headers jsonb,
  request_body text,
  response_headers jsonb,
  response_body text,
  error_code text,
  error_message text,
  created_at timestamptz not null default now(),
  primary key (created_at, id)
) partition by range (created_at);
comment on table public.integration_logs is
  'Every proxied call, webhook and system event, redacted. Monthly partitions keep 5-year retention a matter of dropping partitions.';
create index integration_logs_org_time_idx on public.integration_logs (organization_id, created_at desc, id desc);
create index integration_logs_connection_time_idx on public.integration_logs (connection_id, created_at desc, id desc);

-- Partitions live outside the API schema: they are storage, reached only through the
-- parent's grants and policies, and never served by PostgREST or typed for clients.
create schema log_partitions;
comment on schema log_partitions is 'Monthly partitions of public.integration_logs; no API role has usage on it.';

-- Catches rows outside the prepared months (clock skew, backfills) so an insert never fails.
create table log_partitions.integration_logs_default partition of public.integration_logs default;
alter table log_partitions.integration_logs_default enable row level security;

alter table public.integration_logs enable row level security;
grant select on public.integration_logs to authenticated;
grant all on public.integration_logs to service_role;
create policy "members read logs" on public.integration_logs
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));

create function public.ensure_log_partitions(months_ahead integer default 3) returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_month date := date_trunc('month', now() at time zone 'UTC')::date;
  v_made integer := 0;
  v_name text;
  i integer;
begin
  for i in 0..greatest(months_ahead, 0) loop
    v_name := 'integration_logs_' || to_char(v_month + make_interval(months => i), 'YYYY_MM');
    if to_regclass('log_partitions.' || v_name) is null then
      execute format(
        'create table %I.%I partition of public.integration_logs for values from (%L) to (%L)',
        'log_partitions', v_name, (v_month + make_interval(months => i))::timestamp at time zone 'UTC',
        (v_month + make_interval(months => i + 1))::timestamp at time zone 'UTC');
      execute format('alter table %I.%I enable row level security', 'log_partitions', v_name);
      v_made := v_made + 1;
    end if;
  end loop;
  return v_made;
end;
$$;
comment on function public.ensure_log_partitions(integer) is
  'Creates the monthly log partitions from this month up to months_ahead; run monthly by the scheduler / pg_cron.';
grant execute on function public.ensure_log_partitions(integer) to service_role;

create function public.drop_expired_log_partitions(retention interval default interval '5 years') returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_cutoff timestamptz := date_trunc('month', now() - retention);
  v_part record;
  v_dropped integer := 0;
begin
  for v_part in
    select c.relname, pg_get_expr(c.relpartbound, c.oid) as bound
    from pg_catalog.pg_inherits i
    join pg_catalog.pg_class c on c.oid = i.inhrelid
    where i.inhparent = 'public.integration_logs'::regclass and c.relname ~ '^integration_logs_\d{4}_\d{2}$'
  loop
    if to_date(right(v_part.relname, 7), 'YYYY_MM') + interval '1 month' <= v_cutoff then
      execute format('drop table log_partitions.%I', v_part.relname);
      v_dropped := v_dropped + 1;
    end if;
  end loop;
  return v_dropped;
end;
$$;
comment on function public.drop_expired_log_partitions(interval) is
  'Retention without scanning: drops monthly log partitions that lie wholly before now() - retention.';
grant execute on function public.drop_expired_log_partitions(interval) to service_role;

select public.ensure_log_partitions(3);

-- -----------------------------------------------------------------------------
-- Hourly rollups for analytics (never computed by scanning the log)
-- -----------------------------------------------------------------------------
create table public.integration_analytics (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid references public.integration_connections (id) on delete cascade,
  bucket_start timestamptz not null check (bucket_start = date_trunc('hour', bucket_start)),
  request_count integer not null default 0,
  success_count integer not null default 0,
  error_count integer not null default 0,
  total_duration_ms bigint not null default 0,
  max_duration_ms integer not null default 0,
  -- Counts per latency bucket with upper edges 10,25,50,100,250,500,1000,2500,5000,10000,30000,∞ ms,
  -- so p95 can be read from rollups without the raw rows.
  duration_histogram integer[] not null default array_fill(0, array[12]),
  request_bytes bigint not null default 0,
  response_bytes bigint not null default 0,
  unique nulls not distinct (organization_id, connection_id, bucket_start)
);
comment on table public.integration_analytics is
  'Per connection per hour: volume, outcomes, latency sum/max/histogram. Charts read these, not the log.';
create index integration_analytics_org_bucket_idx on public.integration_analytics (organization_id, bucket_start desc);

alter table public.integration_analytics enable row level security;
grant select on public.integration_analytics to authenticated;
grant all on public.integration_analytics to service_role;
create policy "members read analytics" on public.integration_analytics
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));

create function private.latency_bucket(duration_ms integer) returns integer
language sql immutable set search_path = '' as $$
  select coalesce(
    array_position(array[10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000],
      (select min(e) from unnest(array[10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000]) e where coalesce(duration_ms, 0) <= e)),
    12);
$$;
comment on function private.latency_bucket(integer) is 'Index (1-based) of the histogram bucket a latency falls into.';

-- Writes one log row and folds it into the hour's rollup in the same transaction.
create function public.log_api_call(
  p_organization_id uuid,
  p_connection_id uuid,
  p_log_type text,
  p_method text default null,
  p_path text default null,
  p_status_code integer default null,
  p_duration_ms integer default null,
  p_request_bytes integer default null,
  p_response_bytes integer default null,
  p_caller_type text default null,
  p_caller_id text default null,
  p_ip inet default null,
  p_request_headers jsonb default null,
  p_request_body text default null,
  p_response_headers jsonb default null,
  p_response_body text default null,
  p_error_code text default null,
  p_error_message text default null
) returns bigint
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_id bigint;
  v_bucket integer := private.latency_bucket(p_duration_ms);
  v_ok boolean := p_status_code between 200 and 399 and p_error_code is null;
begin
  if p_connection_id is not null and not exists (
    select 1 from public.integration_connections c
    where c.id = p_connection_id and c.organization_id = p_organization_id
  ) then
    raise exception 'connection does not belong to the organization' using errcode = '42501';
  end if;

  insert into public.integration_logs (
    organization_id, connection_id, log_type, method, path, status_code, duration_ms,
    request_bytes, response_bytes, caller_type, caller_id, ip, request_headers, request_body,
    response_headers, response_body, error_code, error_message)
  values (
    p_organization_id, p_connection_id, p_log_type, p_method, left(p_path, 2048), p_status_code, p_duration_ms,
    p_request_bytes, p_response_bytes, p_caller_type, p_caller_id, p_ip, p_request_headers, left(p_request_body, 8192),
    p_response_headers, left(p_response_body, 8192), p_error_code, left(p_error_message, 2048))
  returning id into v_id;

  if p_log_type in ('request', 'response', 'error') then
    insert into public.integration_analytics as a (
      organization_id, connection_id, bucket_start, request_count, success_count, error_count,
      total_duration_ms, max_duration_ms, duration_histogram, request_bytes, response_bytes)
    values (
      p_organization_id, p_connection_id, date_trunc('hour', now()), 1,
      case when v_ok then 1 else 0 end, case when v_ok then 0 else 1 end,
      coalesce(p_duration_ms, 0), coalesce(p_duration_ms, 0),
      (select array_agg(case when i = v_bucket then 1 else 0 end order by i) from generate_series(1, 12) i),
      coalesce(p_request_bytes, 0), coalesce(p_response_bytes, 0))
    on conflict (organization_id, connection_id, bucket_start) do update set
      request_count = a.request_count + 1,
      success_count = a.success_count + excluded.success_count,
      error_count = a.error_count + excluded.error_count,
      total_duration_ms = a.total_duration_ms + excluded.total_duration_ms,
      max_duration_ms = greatest(a.max_duration_ms, excluded.max_duration_ms),
      duration_histogram[v_bucket] = a.duration_histogram[v_bucket] + 1,
      request_bytes = a.request_bytes + excluded.request_bytes,
      response_bytes = a.response_bytes + excluded.response_bytes;
  end if;
  return v_id;
end;
$$;
comment on function public.log_api_call(uuid, uuid, text, text, text, integer, integer, integer, integer, text, text, inet, jsonb, text, jsonb, text, text, text) is
  'The one way calls are logged: checks the connection belongs to the organization, stores the redacted entry, updates the hourly rollup.';
grant execute on function public.log_api_call(uuid, uuid, text, text, text, integer, integer, integer, integer, text, text, inet, jsonb, text, jsonb, text, text, text) to service_role;
