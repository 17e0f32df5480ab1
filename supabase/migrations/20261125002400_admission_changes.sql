-- =============================================================================
-- Admission changes, announced: the proxy holds permits counted in advance per
-- connection and caller (PROXY_ADMISSION=lease). Whatever changes who may call or
-- what a call uses is announced on channel hub_admission when it commits, so proxies
-- drop the permits it affects at once: a revoked or re-scoped key, a removed member or
-- changed role, a disabled/deleted/edited connection, new secrets, edited limits.
-- Payloads: 'connection:<id>' or 'organization:<id>'. NOTIFY is transactional (sent
-- on commit, never on rollback) and folds identical payloads of one transaction.
-- =============================================================================

create function private.announce_admission_change() returns trigger
language plpgsql set search_path = '' as $$
declare
  v_row record := coalesce(new, old);
begin
  if tg_table_name = 'integration_connections' then
    perform pg_notify('hub_admission', 'connection:' || v_row.id);
  elsif tg_argv[0] = 'connection' then
    perform pg_notify('hub_admission', 'connection:' || v_row.connection_id);
  else
    perform pg_notify('hub_admission', 'organization:' || v_row.organization_id);
    if tg_op = 'UPDATE' and old.organization_id is distinct from new.organization_id then
      perform pg_notify('hub_admission', 'organization:' || old.organization_id);
    end if;
  end if;
  return null;
end;
$$;
comment on function private.announce_admission_change() is
  'Trigger: announces on channel hub_admission a change to who may call a connection or what its calls use, so proxies drop permits they hold.';

-- Connections: what admission and a proxied call read. Health results and last-used
-- times, written all day long, are not admission changes.
create trigger integration_connections_admission_update after update on public.integration_connections
  for each row when ((old.status, old.organization_id, old.provider_id, old.environment, old.base_url_override, old.settings)
    is distinct from (new.status, new.organization_id, new.provider_id, new.environment, new.base_url_override, new.settings))
  execute function private.announce_admission_change('connection');
create trigger integration_connections_admission_delete after delete on public.integration_connections
  for each row execute function private.announce_admission_change('connection');

-- Secrets: a proxied call injects them (OAuth refreshes included).
create trigger api_credentials_admission after insert or update or delete on public.api_credentials
  for each row execute function private.announce_admission_change('connection');

-- Limits edited by admins (not the live counters admit_calls moves on every batch).
create trigger rate_limits_admission_update after update on public.rate_limits
  for each row when ((old.max_requests, old.window_unit) is distinct from (new.max_requests, new.window_unit))
  execute function private.announce_admission_change('connection');
create trigger rate_limits_admission_insert_delete after insert or delete on public.rate_limits
  for each row execute function private.announce_admission_change('connection');

-- API keys: revocation, scope, own limit (not last_used_at or the live counter).
create trigger api_keys_admission_update after update on public.api_keys
  for each row when ((old.revoked_at, old.all_connections, old.connection_ids, old.rate_limit_per_minute, old.key_hash, old.organization_id)
    is distinct from (new.revoked_at, new.all_connections, new.connection_ids, new.rate_limit_per_minute, new.key_hash, new.organization_id))
  execute function private.announce_admission_change('organization');
create trigger api_keys_admission_delete after delete on public.api_keys
  for each row execute function private.announce_admission_change('organization');

-- Members: a removed member or a changed role.
create trigger organization_members_admission_update after update on public.organization_members
  for each row when ((old.role, old.user_id, old.organization_id) is distinct from (new.role, new.user_id, new.organization_id))
  execute function private.announce_admission_change('organization');
create trigger organization_members_admission_delete after delete on public.organization_members
  for each row execute function private.announce_admission_change('organization');

-- -----------------------------------------------------------------------------
-- Leased permits: what the proxy needs to hold them exactly, and to give back
-- -----------------------------------------------------------------------------
-- admit_calls (migration 001600) moves to private as admit_calls_counted; the public
-- admit_calls answers the same decisions, and
--  * takes the counted function's row locks first, in its order (keys with their own
--    limit, then the connection's limit rows): the clock it reads as it starts is then
--    read after any wait for them, so a batch that waited across a window's end decides
--    and counts for the window it is counted in, never against a stale count;
--  * adds to each admitted call what a proxy holding permits needs: the database's clock
--    (at: lapse times are measured from it, not from the proxy's clock), the limit rows
--    counted in (limit_ids: window -> row id, so unspent permits go back to the same
--    rows), and for an API key with its own limit, that key's minute (key_window: limit,
--    used, started_at).
alter function public.admit_calls(uuid, jsonb) set schema private;
alter function private.admit_calls(uuid, jsonb) rename to admit_calls_counted;
revoke execute on function private.admit_calls_counted(uuid, jsonb) from service_role;
comment on function private.admit_calls_counted(uuid, jsonb) is
  'Authorizes calls on one connection (user role, API key scope, service) and counts them against the keys'' and the connection''s limits, in one transaction. Called by public.admit_calls, which takes its locks first.';

create function public.admit_calls(p_connection_id uuid, p_calls jsonb) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_decisions jsonb;
  v_extra jsonb;
begin
  -- The same locks, in the same order, as admit_calls_counted takes at its start (taken
  -- again there, at no cost): that function reads its clock as it starts, so they are taken
  -- here first rather than the 130-line function being copied to move one line.
  if p_calls @> '[{"caller_type": "api_key"}]' then
    perform 1 from public.api_keys k
     where k.key_hash in (select e ->> 'caller_ref' from jsonb_array_elements(p_calls) e where e ->> 'caller_type' = 'api_key')
       and k.revoked_at is null and k.rate_limit_per_minute is not null
     order by k.id for update;
  end if;
  perform 1 from public.rate_limits r where r.connection_id = p_connection_id order by r.window_unit, r.id for update;
  v_decisions := private.admit_calls_counted(p_connection_id, p_calls);
  -- Statements of their own, so they read the rows (and counters) the call above made or moved.
  v_extra := jsonb_build_object('at', clock_timestamp(), 'limit_ids',
    coalesce((select jsonb_object_agg(r.window_unit::text, r.id) from public.rate_limits r where r.connection_id = p_connection_id), '{}'));
  return (
    select coalesce(jsonb_agg(case when d ->> 'outcome' <> 'ok' then d
             when k.id is null then d || v_extra
             else d || v_extra || jsonb_build_object('key_window', jsonb_build_object(
               'limit', k.rate_limit_per_minute, 'used', k.used, 'started_at', k.window_started_at)) end order by t.n), '[]')
    from jsonb_array_elements(v_decisions) with ordinality as t(d, n)
    left join public.api_keys k on d ->> 'outcome' = 'ok' and p_calls -> (t.n::int - 1) ->> 'caller_type' = 'api_key'
                               and k.id = (d ->> 'caller_id')::uuid and k.rate_limit_per_minute is not null);
end;
$$;
comment on function public.admit_calls(uuid, jsonb) is
  'Authorizes calls on one connection (user role, API key scope, service) and counts them against the keys'' and the connection''s limits, in one transaction; admitted calls carry the database clock (at), the limit rows counted in (limit_ids) and, for a key with its own limit, its minute (key_window). Service role only.';
grant execute on function public.admit_calls(uuid, jsonb) to service_role;

-- Gives back permits a proxy counted in advance and did not spend (a lease that lapsed,
-- or was dropped on an announced change): p_windows are the limits admit_calls answered,
-- each with the id of the row it was counted in ([{id, window, reset_at}]); a row that has
-- been replaced since, or whose window has turned over (its count started again), is left
-- alone, and so is the key's minute unless it is still p_key_window_started_at.
-- Locks in admit_calls' order (the key, then the connection's limits) so the two never deadlock.
create function public.release_permits(
  p_connection_id uuid,
  p_count integer,
  p_windows jsonb,
  p_key_id uuid default null,
  p_key_window_started_at timestamptz default null
) returns void
language plpgsql volatile security definer set search_path = '' as $$
begin
  if p_count is null or p_count < 1 then
    raise exception 'count must be a positive integer' using errcode = '22023';
  end if;
  perform set_config('synchronous_commit', 'off', true);
  if p_key_id is not null then
    update public.api_keys k set used = greatest(k.used - p_count, 0)
     where k.id = p_key_id and k.window_started_at = p_key_window_started_at;
  end if;
  perform 1 from public.rate_limits r where r.connection_id = p_connection_id order by r.window_unit, r.id for update;
  update public.rate_limits r set used = greatest(r.used - p_count, 0)
    from jsonb_array_elements(coalesce(p_windows, '[]')) as w(e)
   where r.connection_id = p_connection_id
     and r.id = (w.e ->> 'id')::uuid
     and r.window_started_at + ('1 ' || r.window_unit::text)::interval = (w.e ->> 'reset_at')::timestamptz;
end;
$$;
comment on function public.release_permits(uuid, integer, jsonb, uuid, timestamptz) is
  'Gives back permits counted in advance by admit_calls and never spent, in the limit rows and windows they were counted in. Service role only.';
grant execute on function public.release_permits(uuid, integer, jsonb, uuid, timestamptz) to service_role;
