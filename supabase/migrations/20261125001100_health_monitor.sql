-- =============================================================================
-- Health monitor: which connections are due, how a result is recorded, and how
-- history stays bounded. A state change notifies once; repeated results do not.
-- =============================================================================

-- Active (and erroring) connections whose last check is older than their interval
-- (settings.health_interval_seconds, default 300 s), oldest first.
create function public.due_health_checks(p_limit integer default 1000)
returns table (connection_id uuid, organization_id uuid, provider_slug text)
language sql stable security definer set search_path = '' as $$
  select c.id, c.organization_id, p.slug
  from public.integration_connections c
  join public.integration_providers p on p.id = c.provider_id
  where c.status in ('active', 'error')
    and (c.last_health_check_at is null
         or c.last_health_check_at <= now() - make_interval(secs => coalesce((c.settings ->> 'health_interval_seconds')::integer, 300)))
  order by c.last_health_check_at nulls first
  limit greatest(p_limit, 0);
$$;
comment on function public.due_health_checks(integer) is 'The connections the monitor should check now. Service role only.';
grant execute on function public.due_health_checks(integer) to service_role;

create index integration_connections_due_idx on public.integration_connections (last_health_check_at nulls first)
  where status in ('active', 'error');

-- Records one result, moves the connection's health, and notifies on a change of state
-- (first result from 'unknown' notifies only when it is bad). Locks the connection row so
-- concurrent checks of one connection cannot both notify.
create function public.record_health_check(
  p_connection_id uuid,
  p_status public.health_status,
  p_latency_ms integer,
  p_http_status integer,
  p_error_class text,
  p_message text
) returns public.health_status
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_conn record;
  v_title text;
begin
  select c.id, c.organization_id, c.name, c.health_status into v_conn
  from public.integration_connections c where c.id = p_connection_id for update;
  if v_conn.id is null then
    raise exception 'connection not found' using errcode = 'P0002';
  end if;

  insert into public.integration_health (organization_id, connection_id, status, latency_ms, http_status, error_class, message)
  values (v_conn.organization_id, p_connection_id, p_status, p_latency_ms, p_http_status, p_error_class, left(p_message, 500));

  update public.integration_connections
     set health_status = p_status, last_health_check_at = now()
   where id = p_connection_id;

  if p_status is distinct from v_conn.health_status
     and not (v_conn.health_status = 'unknown' and p_status = 'healthy') then
    v_title := case
      when p_status = 'healthy' then v_conn.name || ' recovered'
      when p_status = 'degraded' then v_conn.name || ' is degraded'
      else v_conn.name || ' is down' end;
    insert into public.notifications (organization_id, connection_id, kind, severity, title, body)
    values (v_conn.organization_id, p_connection_id, 'health_changed',
            case p_status when 'down' then 'critical' when 'degraded' then 'warning' else 'info' end,
            v_title, left(p_message, 500));
  end if;
  return v_conn.health_status;
end;
$$;
comment on function public.record_health_check(uuid, public.health_status, integer, integer, text, text) is
  'Stores a health result, updates the connection''s badge and notifies once per change of state. Service role only.';
grant execute on function public.record_health_check(uuid, public.health_status, integer, integer, text, text) to service_role;

-- Keeps health history bounded: results older than the retention are deleted in batches
-- through the (connection_id, checked_at) index.
create function public.prune_health_history(p_keep interval default interval '30 days', p_batch integer default 10000)
returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_count integer;
begin
  delete from public.integration_health h
   where h.id in (select id from public.integration_health where checked_at < now() - p_keep limit p_batch);
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;
comment on function public.prune_health_history(interval, integer) is 'Bounded health history: deletes results older than p_keep, a batch at a time.';
grant execute on function public.prune_health_history(interval, integer) to service_role;
create index integration_health_checked_idx on public.integration_health (checked_at);
