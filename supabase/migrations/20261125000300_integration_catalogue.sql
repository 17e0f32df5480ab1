-- =============================================================================
-- Integration catalogue: the providers this hub can connect, with the facts every
-- part of the system reads (how to authenticate, where to call, how they sign webhooks).
-- Global reference data: every signed-in user reads it, only migrations write it.
-- =============================================================================

create type public.provider_category as enum ('payment', 'shipping', 'social', 'messaging');

create type public.provider_auth_scheme as enum (
  'bearer',                     -- static token in Authorization: Bearer
  'basic',                      -- HTTP Basic with two credential fields
  'api_key_header',             -- a named header carries the key
  'oauth2_client_credentials',  -- token fetched with client id/secret, then Bearer
  'oauth2_authorization_code',  -- user consent flow, then Bearer with refresh
  'body_fields',                -- credentials travel as form/JSON body fields (Telr)
  'client_info_body'            -- a ClientInfo object inside every JSON body (Aramex)
);

create table public.integration_providers (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9_]+$'),
  name text not null,
  category public.provider_category not null,
  description text not null,
  auth_scheme public.provider_auth_scheme not null,
  -- [{name, label, secret, required, pattern?, help?, placeholder?}] shown by the setup wizard
  credential_fields jsonb not null check (jsonb_typeof(credential_fields) = 'array'),
  sandbox_base_url text,
  production_base_url text not null,
  -- {method, path, body?, expect_status[], note?}: the provider's cheapest read-only authenticated call
  health_check jsonb not null check (jsonb_typeof(health_check) = 'object'),
  -- {scheme, header?, encoding?, signed_bytes?, tolerance_seconds?, handshake?, dedupe_key?}
  webhook_signature jsonb not null check (jsonb_typeof(webhook_signature) = 'object'),
  -- [{window: second|minute|hour|day|month, limit, scope?, note?}] from the provider's own docs
  rate_limits jsonb not null default '[]' check (jsonb_typeof(rate_limits) = 'array'),
  docs_url text,
  is_active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.integration_providers is
  'The catalogue of connectable providers and their protocol facts (auth, base URLs, health check, webhook signing, limits).';

-- Payment-specific facts, one row per payment provider.
create table public.payment_providers (
  provider_id uuid primary key references public.integration_providers (id) on delete cascade,
  supports_aed boolean not null,
  -- 'minor_units_integer' (fils as integer) or 'major_units_decimal_string' ("10.50")
  amount_format text not null check (amount_format in ('minor_units_integer', 'major_units_decimal_string')),
  min_amount_fils integer check (min_amount_fils is null or min_amount_fils > 0),
  idempotency_header text,
  supported_currencies text[] not null default '{}',
  supports_refunds boolean not null default true,
  created_at timestamptz not null default now()
);
comment on table public.payment_providers is
  'Why: payments must know per provider whether AED is allowed, how amounts are encoded and how idempotency is sent.';

-- Shipping-specific facts, one row per courier.
create table public.shipping_providers (
  provider_id uuid primary key references public.integration_providers (id) on delete cascade,
  has_webhooks boolean not null,
  tracking_mode text not null check (tracking_mode in ('webhook', 'poll')),
  tracking_url_template text,
  services text[] not null default '{}',
  created_at timestamptz not null default now()
);
comment on table public.shipping_providers is
  'Why: couriers differ in whether they push tracking events or must be polled, and in the services they offer.';

alter table public.integration_providers enable row level security;
alter table public.payment_providers enable row level security;
alter table public.shipping_providers enable row level security;

grant select on public.integration_providers, public.payment_providers, public.shipping_providers to authenticated;
grant all on public.integration_providers, public.payment_providers, public.shipping_providers to service_role;

create policy "members read the catalogue" on public.integration_providers
  for select to authenticated using (true);
create policy "members read payment facts" on public.payment_providers
  for select to authenticated using (true);
create policy "members read shipping facts" on public.shipping_providers
  for select to authenticated using (true);
