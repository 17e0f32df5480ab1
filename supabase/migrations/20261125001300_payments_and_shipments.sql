-- =============================================================================
-- Payments (AED, integer fils) and shipments: the records that the payment
-- processor creates and that webhooks move forward. Status changes are kept as
-- history, so "who or what changed this payment, when" always has an answer.
-- =============================================================================

create type public.payment_status as enum (
  'created', 'requires_action', 'processing', 'succeeded', 'failed', 'canceled', 'partially_refunded', 'refunded');

create table public.payments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- A deleted connection leaves its payments on record (money history outlives configuration).
  connection_id uuid references public.integration_connections (id) on delete set null,
  amount_fils bigint not null check (amount_fils > 0),
  currency char(3) not null check (currency ~ '^[A-Z]{3}$'),
  -- Set when the provider cannot take AED and the organization chose an explicit conversion.
  charged_amount_minor bigint check (charged_amount_minor is null or charged_amount_minor > 0),
  charged_currency char(3),
  conversion_rate numeric(20, 10),
  order_reference text not null check (length(order_reference) between 1 and 100),
  idempotency_key text not null check (length(idempotency_key) between 8 and 255),
  status public.payment_status not null default 'created',
  provider_payment_id text,
  approval_url text,
  customer jsonb not null default '{}',
  description text,
  failure_reason text,
  refunded_fils bigint not null default 0 check (refunded_fils >= 0 and refunded_fils <= amount_fils),
  requested_by_type text not null check (requested_by_type in ('user', 'api_key', 'service')),
  requested_by_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, idempotency_key),
  unique (connection_id, provider_payment_id)
);
comment on table public.payments is
  'Each payment attempt through a payment connection: amount in fils, provider ids, status. The idempotency key makes a retry return the same payment.';
create index payments_org_time_idx on public.payments (organization_id, created_at desc);
create index payments_order_idx on public.payments (organization_id, order_reference);

create table public.payment_status_history (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  payment_id uuid not null references public.payments (id) on delete cascade,
  from_status public.payment_status,
  to_status public.payment_status not null,
  source text not null check (source in ('api', 'webhook', 'reconcile', 'admin')),
  detail text,
  created_at timestamptz not null default now()
);
comment on table public.payment_status_history is 'Every status change of a payment and what caused it (API call, webhook, reconciliation, admin).';
create index payment_status_history_payment_idx on public.payment_status_history (payment_id, id);

create table public.payment_refunds (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  payment_id uuid not null references public.payments (id) on delete cascade,
  amount_fils bigint not null check (amount_fils > 0),
  status text not null default 'pending' check (status in ('pending', 'succeeded', 'failed')),
  provider_refund_id text,
  idempotency_key text not null,
  reason text,
  requested_by_type text not null check (requested_by_type in ('user', 'api_key', 'service', 'provider')),
  requested_by_id text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (payment_id, idempotency_key)
);
comment on table public.payment_refunds is 'Full or partial refunds of a payment, in fils.';
create index payment_refunds_payment_idx on public.payment_refunds (payment_id);

create type public.shipment_status as enum ('label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception');

create table public.shipments (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  tracking_number text not null check (length(tracking_number) between 1 and 64),
  order_reference text,
  status public.shipment_status not null default 'label_created',
  last_event_at timestamptz,
  last_event_description text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (connection_id, tracking_number)
);
comment on table public.shipments is 'Parcels sent through a courier connection, moved along by tracking webhooks or polling.';
create index shipments_org_idx on public.shipments (organization_id, updated_at desc);

create trigger payments_touch before update on public.payments for each row execute function private.touch_updated_at();
create trigger payment_refunds_touch before update on public.payment_refunds for each row execute function private.touch_updated_at();
create trigger shipments_touch before update on public.shipments for each row execute function private.touch_updated_at();

-- Every change of a payment's status lands in its history, whoever made it.
create function private.record_payment_status() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'INSERT' or new.status is distinct from old.status then
    insert into public.payment_status_history (organization_id, payment_id, from_status, to_status, source, detail)
    values (new.organization_id, new.id, case when tg_op = 'UPDATE' then old.status end, new.status,
            coalesce(nullif(current_setting('hub.status_source', true), ''), 'api'), new.failure_reason);
  end if;
  return new;
end;
$$;
comment on function private.record_payment_status() is 'Trigger: appends to payment_status_history on creation and on every status change.';
create trigger payments_status_history after insert or update of status on public.payments
  for each row execute function private.record_payment_status();

-- Reads for members; writes only by the functions (service role), which check the caller.
alter table public.payments enable row level security;
alter table public.payment_status_history enable row level security;
alter table public.payment_refunds enable row level security;
alter table public.shipments enable row level security;
grant select on public.payments, public.payment_status_history, public.payment_refunds, public.shipments to authenticated;
grant all on public.payments, public.payment_status_history, public.payment_refunds, public.shipments to service_role;
create policy "members read payments" on public.payments
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "members read payment history" on public.payment_status_history
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "members read refunds" on public.payment_refunds
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "members read shipments" on public.shipments
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
