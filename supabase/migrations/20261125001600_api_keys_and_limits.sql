-- =============================================================================
-- API keys for internal services, and what the proxy needs per call in one round
-- trip: who may call (user role, API key scope, service role), the key's own
-- per-minute limit, the connection's limits (provider defaults created on first
-- use), a notification once per window when a limit is crossed; and batched logging.
-- =============================================================================

create table public.api_keys (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  name text not null check (length(trim(name)) between 1 and 100),
  -- The visible start of the key (hub_live_ab12), so people recognise a key without it being stored.
  prefix text not null check (prefix ~ '^hub_[a-z]+_[A-Za-z0-9_-]{4}$'),
  -- Hex SHA-256 of the whole key; create_api_key shows the key once and keeps only this.
  key_hash text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
  -- Scope: every connection of the organization, or only the listed ones (empty = none).
  all_connections boolean not null default false,
  connection_ids uuid[] not null default '{}',
  rate_limit_per_minute integer check (rate_limit_per_minute is null or rate_limit_per_minute > 0),
  -- Live counter of the key's current minute; owned by admit_calls.
  window_started_at timestamptz,
  used integer not null default 0 check (used >= 0),
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid references auth.users (id) on delete set null
);
comment on table public.api_keys is
  'Organization API keys for internal services calling the proxy: hashed, scoped to connections, own limit, revocable.';
create index api_keys_org_idx on public.api_keys (organization_id, created_at desc);

-- Newly scoped connections must be the organization's own; ids already there may since
-- have been deleted, which is harmless, so they are not re-checked.
create function private.guard_api_key_scope() returns trigger
language plpgsql set search_path = '' as $$
begin
  if exists (
    select 1 from unnest(new.connection_ids) as s(id)
    where (tg_op = 'INSERT' or not s.id = any (old.connection_ids))
      and not exists (select 1 from public.integration_connections c
                      where c.id = s.id and c.organization_id = new.organization_id)
  ) then
    raise exception 'an API key can only be scoped to its organization''s connections' using errcode = '42501';
  end if;
  new.connection_ids := array(select distinct s.id from unnest(new.connection_ids) as s(id));
  return new;
end;
$$;
comment on function private.guard_api_key_scope() is 'Trigger: keeps an API key''s scope within its own organization.';
create trigger api_keys_guard before insert or update on public.api_keys
  for each row execute function private.guard_api_key_scope();

alter table public.api_keys enable row level security;
-- Column grants: nobody reads key_hash or the live counter through the API; admins edit only
-- name, scope and limit. Keys are created and revoked through the functions below.
grant select (id, organization_id, name, prefix, all_connections, connection_ids, rate_limit_per_minute,
              created_by, created_at, last_used_at, revoked_at, revoked_by) on public.api_keys to authenticated;
grant update (name, all_connections, connection_ids, rate_limit_per_minute) on public.api_keys to authenticated;
grant all on public.api_keys to service_role;
create policy "members read key metadata" on public.api_keys
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "admins edit keys" on public.api_keys
  for update to authenticated using (organization_id in (select private.org_ids_with_role('admin')))
  with check (organization_id in (select private.org_ids_with_role('admin')));

-- -----------------------------------------------------------------------------
-- Key lifecycle
-- -----------------------------------------------------------------------------
create function public.create_api_key(
  p_organization_id uuid,
  p_name text,
  p_connection_ids uuid[] default '{}',
  p_all_connections boolean default false,
  p_rate_limit_per_minute integer default null
) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  -- 24 random bytes as base64url: 32 characters, 192 bits.
  v_key text := 'hub_live_' || translate(encode(extensions.gen_random_bytes(24), 'base64'), '+/', '-_');
  v_id uuid;
begin
  if (select auth.role()) is distinct from 'service_role' and not private.has_org_role(p_organization_id, 'admin') then
    if private.has_org_role(p_organization_id, 'viewer') then
      raise exception 'only admins can create API keys' using errcode = '42501';
    end if;
    raise exception 'organization not found' using errcode = 'P0002';
  end if;
  insert into public.api_keys (organization_id, name, prefix, key_hash, all_connections, connection_ids,
                               rate_limit_per_minute, created_by)
  values (p_organization_id, p_name, left(v_key, 13), encode(extensions.digest(v_key, 'sha256'), 'hex'),
          coalesce(p_all_connections, false), coalesce(p_connection_ids, '{}'), p_rate_limit_per_minute, (select auth.uid()))
  returning id into v_id;
  return jsonb_build_object('id', v_id, 'prefix', left(v_key, 13), 'key', v_key);
end;
$$;
comment on function public.create_api_key(uuid, text, uuid[], boolean, integer) is
  'Admins create an API key: returns the key once (with its id and visible prefix); only its hash is stored.';
grant execute on function public.create_api_key(uuid, text, uuid[], boolean, integer) to authenticated, service_role;

create function public.revoke_api_key(p_id uuid) returns boolean
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_org uuid;
begin
  select k.organization_id into v_org from public.api_keys k where k.id = p_id;
  if v_org is null or ((select auth.role()) is distinct from 'service_role' and not private.has_org_role(v_org, 'viewer')) then
    raise exception 'API key not found' using errcode = 'P0002';
  end if;
  if (select auth.role()) is distinct from 'service_role' and not private.has_org_role(v_org, 'admin') then
    raise exception 'only admins can revoke API keys' using errcode = '42501';
  end if;
  update public.api_keys set revoked_at = now(), revoked_by = (select auth.uid())
   where id = p_id and revoked_at is null;
  return found;
end;
$$;
comment on function public.revoke_api_key(uuid) is
  'Admins revoke an API key; the next call with it fails (keys are checked on every call). False if already revoked.';
grant execute on function public.revoke_api_key(uuid) to authenticated, service_role;

create function public.verify_api_key(p_key_hash text)
returns table (organization_id uuid, key_id uuid, all_connections boolean, connection_ids uuid[], rate_limit_per_minute integer)
language sql stable security definer set search_path = '' as $$
  select k.organization_id, k.id, k.all_connections, k.connection_ids, k.rate_limit_per_minute
  from public.api_keys k where k.key_hash = p_key_hash and k.revoked_at is null;
$$;
comment on function public.verify_api_key(text) is 'A live key''s organization, id, scope and limit by its hash. Service role only.';
grant execute on function public.verify_api_key(text) to service_role;

-- -----------------------------------------------------------------------------
-- Rate limits: provider defaults and the check that notifies
-- -----------------------------------------------------------------------------
-- Catalogue limits that bind a whole connection: unscoped ones, one WhatsApp number's
-- (a connection is one number), and Stripe's live_/test_ families by environment. Per
-- endpoint, per object and sibling-API limits (DHL Tracking) are left to the provider.
create function public.ensure_default_rate_limits(p_connection_id uuid) returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_count integer;
begin
  insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests)
  select c.organization_id, c.id, (e ->> 'window')::public.rate_window, min((e ->> 'limit')::integer)
  from public.integration_connections c
  join public.integration_providers p on p.id = c.provider_id
  cross join lateral jsonb_array_elements(p.rate_limits) as e
  where c.id = p_connection_id
    and (e ->> 'scope' is null
         or e ->> 'scope' = 'per_business_number'
         or (c.environment = 'production' and e ->> 'scope' like 'live\_%')
         or (c.environment = 'sandbox' and e ->> 'scope' like 'test\_%'))
  group by c.organization_id, c.id, e ->> 'window'
  on conflict (connection_id, window_unit) do nothing;
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;
comment on function public.ensure_default_rate_limits(uuid) is
  'Creates a connection''s limits from its provider''s documented ones (smallest per window). Service role only.';
grant execute on function public.ensure_default_rate_limits(uuid) to service_role;

-- One notification per crossed window: the dedupe key names the window (its start, UTC).
create function private.notify_limit_crossed(p_connection_id uuid, p_limits jsonb, p_cost integer) returns void
language sql volatile security definer set search_path = '' as $$
  insert into public.notifications (organization_id, connection_id, kind, severity, title, body, dedupe_key)
  select c.organization_id, c.id, 'rate_limit_crossed', 'warning',
         left(c.name || ' reached its limit of ' || (w ->> 'limit') || ' requests per ' || (w ->> 'window'), 200),
         'Calls through the proxy are refused with 429 until ' || (w ->> 'reset_at') || '.',
         'limit:' || c.id || ':' || (w ->> 'window') || ':' ||
           to_char(((w ->> 'reset_at')::timestamptz - ('1 ' || (w ->> 'window'))::interval) at time zone 'UTC',
                   'YYYY-MM-DD"T"HH24:MI:SS"Z"')
  from public.integration_connections c, jsonb_array_elements(p_limits) as w
  where c.id = p_connection_id and (w ->> 'remaining')::integer < p_cost
  on conflict (organization_id, dedupe_key) do nothing;
$$;
comment on function private.notify_limit_crossed(uuid, jsonb, integer) is
  'Notifies an organization once per window that a connection''s limit refused a call.';

-- -----------------------------------------------------------------------------
-- Admission: the proxy's and rate limiter's one round trip per call (or per batch)
-- -----------------------------------------------------------------------------
-- p_calls: [{caller_type: service|user|api_key, caller_ref: user id | key hash, min_role, cost}],
-- all for one connection, in arrival order; returns one decision per call, in that order:
-- {outcome: ok | unauthorized (no live key) | not_found (no such connection, or not the
-- caller's organization: never revealed, so never logged against it) | forbidden (role or
-- key scope) | disabled | limited (by the key's own or the connection's limits),
-- organization_id, caller_id, version, limits}.
-- Many calls share one transaction: the connection's limit rows are locked once (after
-- the keys' rows, always in that order) and counted by one check_rate_limit, so a busy
-- connection is not capped by how fast one row lock can change hands. Calls are decided
-- as if one after another; once the connection's limits refuse one, they refuse the rest.
create function public.admit_calls(p_connection_id uuid, p_calls jsonb) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_now timestamptz := clock_timestamp();
  v_minute timestamptz := date_trunc('minute', v_now at time zone 'UTC') at time zone 'UTC';
  v_conn record;
  v_call record;
  v_key public.api_keys%rowtype;
  v_role public.org_role;
  v_capacity integer;
  v_admitted integer := 0;
  v_refused_cost integer;
  v_key_used jsonb := '{}';      -- key id -> calls counted in its current minute
  v_used integer;
  v_results jsonb[] := '{}';
  v_result jsonb;
  v_limits jsonb := '[]';
begin
  -- Counters and notifications may lag a crash by a moment; waiting for a flush while
  -- holding the limit rows would cap a connection's throughput at the disk's pace.
  perform set_config('synchronous_commit', 'off', true);
  select c.id, c.organization_id, c.status,
         c.updated_at::text || '|' || coalesce((select max(a.updated_at) from public.api_credentials a where a.connection_id = c.id)::text, '') as version
    into v_conn from public.integration_connections c where c.id = p_connection_id;
  if p_calls @> '[{"caller_type": "api_key"}]' then
    perform 1 from public.api_keys k
     where k.key_hash in (select e ->> 'caller_ref' from jsonb_array_elements(p_calls) e where e ->> 'caller_type' = 'api_key')
       and k.revoked_at is null and k.rate_limit_per_minute is not null
     order by k.id for update;
  end if;
  if v_conn.id is not null and v_conn.status <> 'disabled' then
    if not exists (select 1 from public.rate_limits r where r.connection_id = p_connection_id) then
      perform public.ensure_default_rate_limits(p_connection_id);
    end if;
    perform 1 from public.rate_limits r where r.connection_id = p_connection_id order by r.window_unit, r.id for update;
    select min(r.max_requests - case when r.window_started_at = date_trunc(r.window_unit::text, v_now at time zone 'UTC') at time zone 'UTC'
                                     then r.used else 0 end)
      into v_capacity from public.rate_limits r where r.connection_id = p_connection_id;
  end if;

  for v_call in
    select e ->> 'caller_type' as caller_type, e ->> 'caller_ref' as caller_ref,
           coalesce(e ->> 'min_role', 'viewer')::public.org_role as min_role, coalesce((e ->> 'cost')::integer, 1) as cost
    from jsonb_array_elements(p_calls) with ordinality as t(e, n) order by t.n
  loop
    if v_call.cost < 1 then
      raise exception 'cost must be a positive integer' using errcode = '22023';
    end if;
    v_key := null;
    v_role := null;
    v_result := null;
    if v_call.caller_type = 'api_key' then
      select * into v_key from public.api_keys k where k.key_hash = v_call.caller_ref and k.revoked_at is null;
      if v_key.id is null then
        v_result := jsonb_build_object('outcome', 'unauthorized');
      end if;
    elsif v_call.caller_type = 'user' then
      select m.role into v_role from public.organization_members m
       where m.organization_id = v_conn.organization_id and m.user_id = v_call.caller_ref::uuid;
    elsif v_call.caller_type <> 'service' then
      raise exception 'unknown caller type %', v_call.caller_type using errcode = '22023';
    end if;
    if v_result is null and (v_conn.id is null or (v_key.id is not null and v_key.organization_id <> v_conn.organization_id)
                             or (v_call.caller_type = 'user' and v_role is null)) then
      v_result := jsonb_build_object('outcome', 'not_found');
    end if;
    if v_result is null then
      v_result := jsonb_build_object('organization_id', v_conn.organization_id, 'version', v_conn.version,
        'caller_id', coalesce(v_key.id::text, case when v_call.caller_type = 'user' then v_call.caller_ref end));
      if v_role < v_call.min_role then
        v_result := v_result || '{"outcome": "forbidden", "reason": "role"}';
      elsif v_key.id is not null and not v_key.all_connections and not (p_connection_id = any (v_key.connection_ids)) then
        v_result := v_result || '{"outcome": "forbidden", "reason": "scope"}';
      elsif v_conn.status = 'disabled' then
        v_result := v_result || '{"outcome": "disabled"}';
      end if;
    end if;
    if v_result ? 'outcome' then
      v_results := v_results || v_result;
      continue;
    end if;

    if v_key.rate_limit_per_minute is not null then
      v_used := coalesce((v_key_used ->> v_key.id::text)::integer,
                         case when v_key.window_started_at = v_minute then v_key.used else 0 end);
      if v_used + v_call.cost > v_key.rate_limit_per_minute then
        insert into public.notifications (organization_id, kind, severity, title, body, dedupe_key)
        values (v_key.organization_id, 'rate_limit_crossed', 'warning',
                left('API key ' || v_key.name || ' reached its limit of ' || v_key.rate_limit_per_minute || ' requests per minute', 200),
                'Calls with this key are refused with 429 until the minute ends.',
                'key-limit:' || v_key.id || ':minute:' || to_char(v_minute at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
        on conflict (organization_id, dedupe_key) do nothing;
        v_results := v_results || (v_result || jsonb_build_object('outcome', 'limited', 'limited_by', 'api_key', 'allowed', false,
          'limits', jsonb_build_array(jsonb_build_object('window', 'minute', 'limit', v_key.rate_limit_per_minute,
            'remaining', greatest(v_key.rate_limit_per_minute - v_used, 0), 'reset_at', v_minute + interval '1 minute'))));
        continue;
      end if;
    end if;

    if v_refused_cost is null and (v_capacity is null or v_admitted + v_call.cost <= v_capacity) then
      v_admitted := v_admitted + v_call.cost;
      if v_key.rate_limit_per_minute is not null then
        v_key_used := v_key_used || jsonb_build_object(v_key.id::text, v_used + v_call.cost);
      elsif v_key.id is not null then
        v_key_used := v_key_used || jsonb_build_object(v_key.id::text, null);
      end if;
      v_results := v_results || (v_result || '{"outcome": "ok", "allowed": true}');
    else
      v_refused_cost := coalesce(v_refused_cost, v_call.cost);
      v_results := v_results || (v_result || '{"outcome": "limited", "limited_by": "connection", "allowed": false}');
    end if;
  end loop;

  -- check_rate_limit does the counting (the capacity above was read under the same locks).
  if v_admitted > 0 or v_refused_cost is not null then
    v_limits := public.check_rate_limit(p_connection_id, greatest(v_admitted, coalesce(v_refused_cost, 1))) -> 'limits';
  end if;
  if v_refused_cost is not null then
    perform private.notify_limit_crossed(p_connection_id, v_limits, v_refused_cost);
  end if;
  if v_key_used <> '{}' then
    update public.api_keys k set window_started_at = v_minute, used = (v_key_used ->> k.id::text)::integer, last_used_at = v_now
     where k.id in (select u.key::uuid from jsonb_each(v_key_used) u where jsonb_typeof(u.value) = 'number');
    -- Keys without a limit keep no counter, so their last use is written at most every 10 s.
    update public.api_keys k set last_used_at = v_now
     where k.id in (select u.key::uuid from jsonb_each(v_key_used) u where jsonb_typeof(u.value) = 'null')
       and (k.last_used_at is null or k.last_used_at < v_now - interval '10 seconds');
  end if;

  return (select coalesce(jsonb_agg(case when r ->> 'outcome' in ('ok', 'limited') and not r ? 'limits'
                                         then r || jsonb_build_object('limits', v_limits) else r end order by n), '[]')
          from unnest(v_results) with ordinality as u(r, n));
end;
$$;
comment on function public.admit_calls(uuid, jsonb) is
  'Authorizes calls on one connection (user role, API key scope, service) and counts them against the keys'' and the connection''s limits, in one transaction. Service role only.';
grant execute on function public.admit_calls(uuid, jsonb) to service_role;

-- -----------------------------------------------------------------------------
-- Batched logging
-- -----------------------------------------------------------------------------
-- The proxy writes its log in the background, many entries per statement, by the same
-- rules as log_api_call (caps, success = 2xx/3xx without an error code, latency buckets),
-- but set-based: one insert for the entries and one rollup update per connection and hour,
-- where calling log_api_call per entry would update the same rollup row once per call.
-- Entries of an organization deleted meanwhile are skipped and a deleted connection is
-- logged as none, so one stale entry never fails (and endlessly retries) a whole batch.
create function public.log_api_calls(p_entries jsonb) returns integer
language sql volatile security definer set search_path = '' as $$
  with entries as (
    select e.*, (select c.id from public.integration_connections c
                  where c.id = e.connection_id and c.organization_id = e.organization_id) as live_connection_id
    from jsonb_to_recordset(p_entries) as e(
      organization_id uuid, connection_id uuid, log_type text, method text, path text, status_code integer,
      duration_ms integer, request_bytes integer, response_bytes integer, caller_type text, caller_id text, ip inet,
      request_headers jsonb, request_body text, response_headers jsonb, response_body text, error_code text, error_message text)
    where exists (select 1 from public.organizations o where o.id = e.organization_id)
  ), logged as (
    insert into public.integration_logs (
      organization_id, connection_id, log_type, method, path, status_code, duration_ms, request_bytes, response_bytes,
      caller_type, caller_id, ip, request_headers, request_body, response_headers, response_body, error_code, error_message)
    select organization_id, live_connection_id, log_type, method, left(path, 2048), status_code, duration_ms, request_bytes,
           response_bytes, caller_type, caller_id, ip, request_headers, left(request_body, 8192), response_headers,
           left(response_body, 8192), error_code, left(error_message, 2048)
    from entries
    returning organization_id, connection_id, log_type, status_code, duration_ms, request_bytes, response_bytes, error_code
  ), counted as (
    select l.*, coalesce(l.status_code between 200 and 399 and l.error_code is null, false) as ok,
           -- private.latency_bucket's buckets; inline, since a function with its own search_path
           -- is never inlined and costs a call per row.
           width_bucket(coalesce(l.duration_ms, 0) - 1, array[10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000]) + 1 as bucket
    from logged l where l.log_type in ('request', 'response', 'error')
  ), buckets as (
    select organization_id, connection_id, bucket, count(*)::integer as n from counted group by 1, 2, 3
  ), rollup as (
    insert into public.integration_analytics as a (
      organization_id, connection_id, bucket_start, request_count, success_count, error_count,
      total_duration_ms, max_duration_ms, duration_histogram, request_bytes, response_bytes)
    select c.organization_id, c.connection_id, date_trunc('hour', now()), count(*), count(*) filter (where c.ok),
           count(*) filter (where not c.ok), sum(coalesce(c.duration_ms, 0)), max(coalesce(c.duration_ms, 0)),
           (select array_agg(coalesce((select b.n from buckets b where b.organization_id = c.organization_id
                                         and b.connection_id is not distinct from c.connection_id and b.bucket = i), 0) order by i)
              from generate_series(1, 12) i),
           sum(coalesce(c.request_bytes, 0)), sum(coalesce(c.response_bytes, 0))
    from counted c group by c.organization_id, c.connection_id
    on conflict (organization_id, connection_id, bucket_start) do update set
      request_count = a.request_count + excluded.request_count,
      success_count = a.success_count + excluded.success_count,
      error_count = a.error_count + excluded.error_count,
      total_duration_ms = a.total_duration_ms + excluded.total_duration_ms,
      max_duration_ms = greatest(a.max_duration_ms, excluded.max_duration_ms),
      duration_histogram = (select array_agg(x + y order by k)
                              from unnest(a.duration_histogram, excluded.duration_histogram) with ordinality as h(x, y, k)),
      request_bytes = a.request_bytes + excluded.request_bytes,
      response_bytes = a.response_bytes + excluded.response_bytes
  )
  select count(*)::integer from logged;
$$;
comment on function public.log_api_calls(jsonb) is
  'Writes a batch of call log entries and folds them into the hourly rollups (log_api_call''s rules, set-based). Service role only.';
grant execute on function public.log_api_calls(jsonb) to service_role;
