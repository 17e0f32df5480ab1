-- =============================================================================
-- Webhooks: the endpoints providers POST to, and every event they delivered.
-- An event is stored before the provider gets its 2xx, and (endpoint, provider
-- event id) is unique so a provider's retry of the same event is a no-op.
-- =============================================================================

create type public.webhook_event_status as enum ('received', 'processing', 'processed', 'failed', 'dead');

create table public.webhook_endpoints (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  description text check (description is null or length(description) <= 200),
  is_active boolean not null default true,
  event_types text[] not null default '{}',
  -- Counters for the endpoint's statistics, kept by the intake (including rejected calls, which store no event).
  received_count bigint not null default 0,
  rejected_count bigint not null default 0,
  last_received_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.webhook_endpoints is
  'A URL a provider posts to for one connection; its signing secret lives in api_credentials (field webhook_secret).';
create index webhook_endpoints_org_idx on public.webhook_endpoints (organization_id);
create index webhook_endpoints_connection_idx on public.webhook_endpoints (connection_id);

create function private.guard_webhook_endpoint() returns trigger
language plpgsql set search_path = '' as $$
begin
  if (select auth.role()) is distinct from 'service_role' and (select auth.uid()) is not null then
    if tg_op = 'INSERT' then
      new.created_by := (select auth.uid());
      new.received_count := 0;
      new.rejected_count := 0;
      new.last_received_at := null;
    else
      if new.organization_id <> old.organization_id or new.connection_id <> old.connection_id then
        raise exception 'a webhook endpoint cannot move to another connection' using errcode = '42501';
      end if;
      new.received_count := old.received_count;
      new.rejected_count := old.rejected_count;
      new.last_received_at := old.last_received_at;
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
comment on function private.guard_webhook_endpoint() is 'Trigger: intake-owned counters and ownership cannot be forged by users.';

create trigger webhook_endpoints_guard before insert or update on public.webhook_endpoints
  for each row execute function private.guard_webhook_endpoint();
create trigger webhook_endpoints_touch before update on public.webhook_endpoints
  for each row execute function private.touch_updated_at();

alter table public.webhook_endpoints enable row level security;
grant select, insert, update, delete on public.webhook_endpoints to authenticated;
grant all on public.webhook_endpoints to service_role;
create policy "members read endpoints" on public.webhook_endpoints
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "admins create endpoints" on public.webhook_endpoints
  for insert to authenticated with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins change endpoints" on public.webhook_endpoints
  for update to authenticated using (organization_id in (select private.org_ids_with_role('admin')))
  with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins delete endpoints" on public.webhook_endpoints
  for delete to authenticated using (organization_id in (select private.org_ids_with_role('admin')));

create table public.webhook_events (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  endpoint_id uuid not null references public.webhook_endpoints (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  -- The provider's own event id, or a hash of the body where the provider sends none.
  provider_event_id text not null check (length(provider_event_id) between 1 and 255),
  event_type text,
  payload jsonb,
  -- Redacted request headers, for debugging signatures without storing secrets.
  headers jsonb,
  status public.webhook_event_status not null default 'received',
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  received_at timestamptz not null default now(),
  processed_at timestamptz,
  unique (endpoint_id, provider_event_id)
);
comment on table public.webhook_events is
  'Verified webhook deliveries, stored before acknowledging; the unique key makes provider retries idempotent. Also the processing queue.';
create index webhook_events_org_time_idx on public.webhook_events (organization_id, received_at desc);
create index webhook_events_endpoint_time_idx on public.webhook_events (endpoint_id, received_at desc);
-- The worker's queue scan: only unfinished events, oldest due first.
create index webhook_events_due_idx on public.webhook_events (next_attempt_at)
  where status in ('received', 'failed');

alter table public.webhook_events enable row level security;
grant select on public.webhook_events to authenticated;
grant all on public.webhook_events to service_role;
create policy "members read events" on public.webhook_events
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
