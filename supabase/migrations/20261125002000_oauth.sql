-- =============================================================================
-- OAuth: the consent flow's single-use states, the lifetimes of the tokens it
-- obtained (so refreshes can be scheduled without decrypting anything), and the
-- encrypted cache of client-credentials tokens. The tokens themselves live in
-- api_credentials, written through set_credential like every other secret.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Authorization-code states (RFC 6749 state + RFC 7636 PKCE)
-- -----------------------------------------------------------------------------
create table public.oauth_states (
  id uuid primary key default gen_random_uuid(),
  -- SHA-256 (hex) of the state sent to the provider. The state itself is never stored, so
  -- reading this table does not let anyone complete someone else's consent.
  state_hash text not null unique check (state_hash ~ '^[0-9a-f]{64}$'),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  -- The admin who started the connect; the callback acts on their behalf.
  user_id uuid not null references auth.users (id) on delete cascade,
  -- The PKCE code verifier, pgp_sym_encrypt'ed under the functions' key (never stored in
  -- the database); key_id says which key, so a rotation during the ten minutes still reads.
  verifier_ciphertext bytea not null,
  key_id text not null check (length(key_id) between 1 and 64),
  -- The callback URL sent with the authorize request; the token exchange must repeat it.
  redirect_uri text not null check (redirect_uri ~ '^https?://'),
  -- Where the browser returns: a same-site path or the dashboard origin, checked by the function.
  redirect_to text not null check (length(redirect_to) between 1 and 2048),
  expires_at timestamptz not null default now() + interval '10 minutes',
  used_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table public.oauth_states is
  'One row per "Connect with …" attempt: hashed state, encrypted PKCE verifier, bound to user and connection, single use, 10 minutes. Service role only.';
create index oauth_states_connection_idx on public.oauth_states (connection_id);
create index oauth_states_expires_idx on public.oauth_states (expires_at);

alter table public.oauth_states enable row level security;
-- No grants or policies for browser roles: only the oauth function (service role) uses it.
grant all on public.oauth_states to service_role;

-- -----------------------------------------------------------------------------
-- Token lifetimes of authorization-code connections
-- -----------------------------------------------------------------------------
create table public.oauth_token_status (
  connection_id uuid primary key references public.integration_connections (id) on delete cascade,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  -- The same instant is in the vault (access_token_expires_at) for the outbound layer;
  -- kept here in the clear so due refreshes are found by an index scan.
  access_token_expires_at timestamptz,
  refresh_token_expires_at timestamptz,
  has_refresh_token boolean not null default false,
  scopes text[] not null default '{}',
  -- Which consent the tokens come from; a failed refresh notifies once per grant.
  granted_at timestamptz not null default now(),
  granted_by uuid references auth.users (id) on delete set null,
  last_refreshed_at timestamptz,
  updated_at timestamptz not null default now()
);
comment on table public.oauth_token_status is
  'When an OAuth connection''s tokens expire and were granted/refreshed (no token values). Members read it; only the service role writes.';
create index oauth_token_status_org_idx on public.oauth_token_status (organization_id);
create index oauth_token_status_due_idx on public.oauth_token_status (access_token_expires_at) where has_refresh_token;

alter table public.oauth_token_status enable row level security;
grant select on public.oauth_token_status to authenticated;
grant all on public.oauth_token_status to service_role;
create policy "members read token status" on public.oauth_token_status
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));

-- -----------------------------------------------------------------------------
-- Client-credentials token cache (PayPal, N-Genius, FedEx)
-- -----------------------------------------------------------------------------
create table public.oauth_token_cache (
  -- tokenCacheKey(): connection (or provider), token URL and a fingerprint of the client
  -- credentials; it contains nothing secret.
  cache_key text primary key check (length(cache_key) between 1 and 1024),
  connection_id uuid references public.integration_connections (id) on delete cascade,
  ciphertext bytea not null,
  key_id text not null check (length(key_id) between 1 and 64),
  expires_at timestamptz not null,
  updated_at timestamptz not null default now()
);
comment on table public.oauth_token_cache is
  'Client-credentials access tokens shared by all function instances, encrypted under the functions'' key until shortly before expiry. Service role only.';
create index oauth_token_cache_expires_idx on public.oauth_token_cache (expires_at);
create index oauth_token_cache_connection_idx on public.oauth_token_cache (connection_id);

alter table public.oauth_token_cache enable row level security;
grant all on public.oauth_token_cache to service_role;

-- -----------------------------------------------------------------------------
-- Schedule: refresh what expires within ten minutes, every five
-- -----------------------------------------------------------------------------
insert into private.schedule (name, schedule, kind, target, description) values
  ('hub-oauth-refresh', '*/5 * * * *', 'function', 'oauth/refresh-due',
   'Refreshes OAuth access tokens that expire within 10 minutes (each gets two tries) and clears old consent states.')
on conflict (name) do nothing;

select private.install_cron_schedule();
