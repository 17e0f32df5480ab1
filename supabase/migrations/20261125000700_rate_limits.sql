-- =============================================================================
-- Rate limits: per connection, any of per-second/minute/hour/day/month windows.
-- Each row is both the limit and its live counter, so checking and counting is
-- one atomic step under a row lock: no more than the limit is ever admitted,
-- whatever the concurrency.
-- =============================================================================

create type public.rate_window as enum ('second', 'minute', 'hour', 'day', 'month');

create table public.rate_limits (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  window_unit public.rate_window not null,
  max_requests integer not null check (max_requests > 0),
  -- Live counter of the current fixed window (UTC-aligned); owned by check_rate_limit.
  window_started_at timestamptz,
  used integer not null default 0 check (used >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (connection_id, window_unit)
);
comment on table public.rate_limits is
  'A connection''s request limits per window and the live count of the current window; checked and counted atomically by check_rate_limit.';
create index rate_limits_org_idx on public.rate_limits (organization_id);

-- Users edit limits, never counters.
create function private.guard_rate_limit_counter() returns trigger
language plpgsql set search_path = '' as $$
begin
  if (select auth.role()) is distinct from 'service_role' and (select auth.uid()) is not null then
    if tg_op = 'UPDATE' then
      if new.organization_id <> old.organization_id or new.connection_id <> old.connection_id then
        raise exception 'a rate limit cannot move to another connection' using errcode = '42501';
      end if;
      new.window_started_at := old.window_started_at;
      new.used := old.used;
    else
      new.window_started_at := null;
      new.used := 0;
    end if;
  end if;
  if not exists (select 1 from public.integration_connections c
                 where c.id = new.connection_id and c.organization_id = new.organization_id) then
    raise exception 'connection does not belong to the organization' using errcode = '42501';
  end if;
  return new;
end;
$$;
comment on function private.guard_rate_limit_counter() is 'Trigger: keeps live counters out of users'' hands and limits on their own organization''s connections.';

create trigger rate_limits_guard before insert or update on public.rate_limits
  for each row execute function private.guard_rate_limit_counter();
create trigger rate_limits_touch before update on public.rate_limits
  for each row execute function private.touch_updated_at();

alter table public.rate_limits enable row level security;
grant select, insert, update, delete on public.rate_limits to authenticated;
grant all on public.rate_limits to service_role;
create policy "members read limits" on public.rate_limits
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "admins set limits" on public.rate_limits
  for insert to authenticated with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins change limits" on public.rate_limits
  for update to authenticated using (organization_id in (select private.org_ids_with_role('admin')))
  with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins remove limits" on public.rate_limits
  for delete to authenticated using (organization_id in (select private.org_ids_with_role('admin')));

-- Checks every window of the connection and, only if all admit `cost` more requests,
-- counts them in all. Rows are locked in a fixed order so concurrent callers queue
-- instead of deadlocking. Returns {allowed, limits: [{window, limit, remaining, reset_at}]}.
create function public.check_rate_limit(p_connection_id uuid, p_cost integer default 1) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_now timestamptz := clock_timestamp();
  v_row record;
  v_start timestamptz;
  v_used integer;
  v_allowed boolean := true;
  v_limits jsonb := '[]';
  v_state jsonb := '[]';
begin
  if p_cost is null or p_cost < 1 then
    raise exception 'cost must be a positive integer' using errcode = '22023';
  end if;
  for v_row in
    select * from public.rate_limits r where r.connection_id = p_connection_id
    order by r.window_unit, r.id for update
  loop
    v_start := date_trunc(v_row.window_unit::text, v_now at time zone 'UTC') at time zone 'UTC';
    v_used := case when v_row.window_started_at = v_start then v_row.used else 0 end;
    if v_used + p_cost > v_row.max_requests then
      v_allowed := false;
    end if;
    v_state := v_state || jsonb_build_object('id', v_row.id, 'start', v_start, 'used', v_used,
      'limit', v_row.max_requests, 'window', v_row.window_unit,
      'reset_at', v_start + ('1 ' || v_row.window_unit::text)::interval);
  end loop;

  for v_row in select t.e from jsonb_array_elements(v_state) as t(e) loop
    if v_allowed then
      update public.rate_limits set window_started_at = (v_row.e ->> 'start')::timestamptz,
        used = (v_row.e ->> 'used')::integer + p_cost
      where id = (v_row.e ->> 'id')::uuid;
    end if;
    v_limits := v_limits || jsonb_build_object(
      'window', v_row.e ->> 'window',
      'limit', (v_row.e ->> 'limit')::integer,
      'remaining', greatest((v_row.e ->> 'limit')::integer - (v_row.e ->> 'used')::integer
                            - case when v_allowed then p_cost else 0 end, 0),
      'reset_at', v_row.e -> 'reset_at');
  end loop;
  return jsonb_build_object('allowed', v_allowed, 'limits', v_limits);
end;
$$;
comment on function public.check_rate_limit(uuid, integer) is
  'Atomic check-and-count over all windows of a connection; never admits more than any limit under concurrency.';
grant execute on function public.check_rate_limit(uuid, integer) to service_role;
