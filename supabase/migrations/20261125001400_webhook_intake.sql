-- =============================================================================
-- Webhook intake and processing. The intake stores a verified event and answers
-- 2xx only after the insert commits; (endpoint, provider event id) makes retries
-- no-ops. A worker claims due events with SKIP LOCKED, so several workers never
-- process one event twice; failures back off and end in the dead letter.
-- =============================================================================

-- Hot-row counters would serialize a busy endpoint's intake; statistics are derived from
-- the events themselves instead (webhook_endpoint_stats), except rejected deliveries,
-- which store no event.
drop trigger webhook_endpoints_guard on public.webhook_endpoints;
alter table public.webhook_endpoints
  drop column received_count,
  drop column last_received_at,
  -- SHA-256 of the endpoint's own URL token (shown once), for providers with no signature.
  add column token_hash bytea,
  -- Where the intake is reached from outside (Twilio signs the exact public URL).
  add column public_url text check (public_url is null or public_url ~ '^https?://');

create or replace function private.guard_webhook_endpoint() returns trigger
language plpgsql set search_path = '' as $$
begin
  if (select auth.role()) is distinct from 'service_role' and (select auth.uid()) is not null then
    if tg_op = 'INSERT' then
      new.created_by := (select auth.uid());
      new.rejected_count := 0;
    else
      if new.organization_id <> old.organization_id or new.connection_id <> old.connection_id then
        raise exception 'a webhook endpoint cannot move to another connection' using errcode = '42501';
      end if;
      new.rejected_count := old.rejected_count;
      new.created_by := old.created_by;
    end if;
  end if;
  if not exists (select 1 from public.integration_connections c
                 where c.id = new.connection_id and c.organization_id = new.organization_id) then
    raise exception 'connection does not belong to the organization' using errcode = '42501';
  end if;
  return new;
end;
$$;
create trigger webhook_endpoints_guard before insert or update on public.webhook_endpoints
  for each row execute function private.guard_webhook_endpoint();

-- Which of the connection's credential fields signs (or authenticates) each provider's webhooks.
update public.integration_providers p
   set webhook_signature = p.webhook_signature || jsonb_build_object('secret_field', v.field)
  from (values
    ('stripe', 'webhook_signing_secret'), ('paypal', 'webhook_id'), ('network_international', 'webhook_header_value'),
    ('telr', 'transaction_advice_secret'), ('dhl_express', 'push_token'), ('fedex', 'webhook_security_token'),
    ('facebook', 'app_secret'), ('instagram', 'app_secret'), ('whatsapp_business', 'app_secret'),
    ('linkedin', 'client_secret'), ('tiktok', 'client_secret'), ('sendgrid', 'webhook_verification_key'),
    ('twilio', 'auth_token')
  ) as v(slug, field)
 where p.slug = v.slug;

-- -----------------------------------------------------------------------------
-- Intake
-- -----------------------------------------------------------------------------
-- Stores one verified event; a repeat of (endpoint, provider event id) stores nothing and
-- reports duplicate. Safe under concurrent duplicates thanks to the unique key.
create function public.ingest_webhook_event(
  p_endpoint_id uuid, p_provider_event_id text, p_event_type text, p_payload jsonb, p_headers jsonb
) returns table (event_id uuid, duplicate boolean)
language plpgsql volatile security definer set search_path = '' as $$
begin
  return query
  insert into public.webhook_events as w (organization_id, endpoint_id, connection_id, provider_event_id, event_type, payload, headers)
  select e.organization_id, e.id, e.connection_id, p_provider_event_id, left(p_event_type, 200), p_payload, p_headers
    from public.webhook_endpoints e where e.id = p_endpoint_id
  on conflict (endpoint_id, provider_event_id) do nothing
  returning w.id, false;
  if not found then
    return query select w.id, true from public.webhook_events w
      where w.endpoint_id = p_endpoint_id and w.provider_event_id = p_provider_event_id;
  end if;
end;
$$;
comment on function public.ingest_webhook_event(uuid, text, text, jsonb, jsonb) is
  'Stores a verified webhook event exactly once per (endpoint, provider event id). Service role only.';
grant execute on function public.ingest_webhook_event(uuid, text, text, jsonb, jsonb) to service_role;

create function public.count_rejected_webhook(p_endpoint_id uuid) returns void
language sql volatile security definer set search_path = '' as $$
  update public.webhook_endpoints set rejected_count = rejected_count + 1 where id = p_endpoint_id;
$$;
comment on function public.count_rejected_webhook(uuid) is 'Counts a delivery that failed verification (nothing is stored for it). Service role only.';
grant execute on function public.count_rejected_webhook(uuid) to service_role;

-- -----------------------------------------------------------------------------
-- Processing queue
-- -----------------------------------------------------------------------------
create function public.claim_webhook_events(p_limit integer default 50)
returns setof public.webhook_events
language sql volatile security definer set search_path = '' as $$
  update public.webhook_events w
     set status = 'processing', attempts = w.attempts + 1, next_attempt_at = now() + interval '5 minutes'
    from (select id from public.webhook_events
          where status in ('received', 'failed') and next_attempt_at <= now()
          order by next_attempt_at limit greatest(p_limit, 0) for update skip locked) due
   where w.id = due.id
  returning w.*;
$$;
comment on function public.claim_webhook_events(integer) is
  'Claims due events for one worker (SKIP LOCKED); a claimed event that is never completed becomes due again after 5 minutes.';
grant execute on function public.claim_webhook_events(integer) to service_role;

-- p_next_attempt_at null after a failure means the retries are exhausted: dead letter.
create function public.complete_webhook_event(p_event_id uuid, p_ok boolean, p_error text default null, p_next_attempt_at timestamptz default null)
returns public.webhook_event_status
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_status public.webhook_event_status;
  v_event record;
begin
  v_status := case when p_ok then 'processed' when p_next_attempt_at is null then 'dead' else 'failed' end;
  update public.webhook_events
     set status = v_status, last_error = case when p_ok then null else left(p_error, 1000) end,
         processed_at = case when p_ok then now() end,
         next_attempt_at = coalesce(p_next_attempt_at, next_attempt_at)
   where id = p_event_id
  returning organization_id, connection_id, event_type, provider_event_id into v_event;
  if v_status = 'dead' then
    insert into public.notifications (organization_id, connection_id, kind, severity, title, body, dedupe_key)
    values (v_event.organization_id, v_event.connection_id, 'webhook_dead_letter', 'critical',
            'Webhook event could not be processed', coalesce(v_event.event_type, 'event') || ' ' || v_event.provider_event_id || ': ' || left(p_error, 300),
            'dead:' || p_event_id::text)
    on conflict (organization_id, dedupe_key) do nothing;
  end if;
  return v_status;
end;
$$;
comment on function public.complete_webhook_event(uuid, boolean, text, timestamptz) is
  'Finishes a processing attempt: processed, failed with its next attempt, or dead (with a notification). Service role only.';
grant execute on function public.complete_webhook_event(uuid, boolean, text, timestamptz) to service_role;

-- Admins replay one event, or every dead event of an endpoint.
create function public.replay_webhook_events(p_endpoint_id uuid, p_event_id uuid default null) returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_count integer;
begin
  if not exists (select 1 from public.webhook_endpoints e where e.id = p_endpoint_id
                 and ((select auth.role()) = 'service_role' or private.has_org_role(e.organization_id, 'admin'))) then
    raise exception 'webhook endpoint not found' using errcode = 'P0002';
  end if;
  update public.webhook_events
     set status = 'received', attempts = 0, next_attempt_at = now(), last_error = null, processed_at = null
   where endpoint_id = p_endpoint_id
     and (case when p_event_id is null then status = 'dead' else id = p_event_id end);
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;
comment on function public.replay_webhook_events(uuid, uuid) is 'Queues one event (any status) or all dead events of an endpoint for processing again. Admins of its organization.';
grant execute on function public.replay_webhook_events(uuid, uuid) to authenticated, service_role;

create function public.webhook_endpoint_stats(p_endpoint_id uuid)
returns table (received bigint, processed bigint, failed bigint, dead bigint, pending bigint, rejected bigint, last_received_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select count(w.id), count(w.id) filter (where w.status = 'processed'), count(w.id) filter (where w.status = 'failed'),
         count(w.id) filter (where w.status = 'dead'), count(w.id) filter (where w.status in ('received', 'processing')),
         max(e.rejected_count), max(w.received_at)
  from public.webhook_endpoints e left join public.webhook_events w on w.endpoint_id = e.id
  where e.id = p_endpoint_id
    and ((select auth.role()) = 'service_role' or private.has_org_role(e.organization_id, 'viewer'))
  group by e.id;
$$;
comment on function public.webhook_endpoint_stats(uuid) is 'Received, processed, failed, dead, pending and rejected counts of an endpoint, for members.';
grant execute on function public.webhook_endpoint_stats(uuid) to authenticated, service_role;
