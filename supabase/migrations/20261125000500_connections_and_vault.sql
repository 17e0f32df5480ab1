-- =============================================================================
-- Connections and the credential vault. A connection is an organization's link
-- to one provider; its secrets live in api_credentials, encrypted with pgcrypto
-- under a key that only the server/functions environment holds.
-- =============================================================================

create type public.connection_environment as enum ('sandbox', 'production');
create type public.connection_status as enum ('pending', 'active', 'error', 'disabled');
create type public.health_status as enum ('healthy', 'degraded', 'down', 'unknown');

create table public.integration_connections (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  provider_id uuid not null references public.integration_providers (id),
  name text not null check (length(trim(name)) between 1 and 100),
  environment public.connection_environment not null default 'sandbox',
  status public.connection_status not null default 'pending',
  status_reason text,
  -- A sandbox or test host replacing the provider's base URL; validated by the SSRF rules.
  base_url_override text check (base_url_override is null or base_url_override ~ '^https?://'),
  settings jsonb not null default '{}' check (jsonb_typeof(settings) = 'object'),
  health_status public.health_status not null default 'unknown',
  last_health_check_at timestamptz,
  last_used_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organization_id, name)
);
comment on table public.integration_connections is
  'An organization''s configured link to one provider (named, per environment); the unit that credentials, limits, logs and health hang off.';
create index integration_connections_org_idx on public.integration_connections (organization_id, created_at desc);
create index integration_connections_provider_idx on public.integration_connections (provider_id);

-- Columns the browser must not forge: ownership, author, and state the health monitor owns.
create function private.guard_connection_columns() returns trigger
language plpgsql set search_path = '' as $$
begin
  if tg_op = 'INSERT' then
    new.created_by := coalesce((select auth.uid()), new.created_by);
    if (select auth.role()) is distinct from 'service_role' and (select auth.uid()) is not null then
      new.health_status := 'unknown';
      new.last_health_check_at := null;
      new.last_used_at := null;
    end if;
  elsif (select auth.role()) is distinct from 'service_role' and (select auth.uid()) is not null then
    if new.organization_id <> old.organization_id or new.provider_id <> old.provider_id then
      raise exception 'a connection cannot move to another organization or provider' using errcode = '42501';
    end if;
    new.created_by := old.created_by;
    new.created_at := old.created_at;
    new.health_status := old.health_status;
    new.last_health_check_at := old.last_health_check_at;
    new.last_used_at := old.last_used_at;
  end if;
  return new;
end;
$$;
comment on function private.guard_connection_columns() is 'Trigger: keeps ownership, authorship and monitor-owned columns out of users'' hands.';

create trigger integration_connections_guard before insert or update on public.integration_connections
  for each row execute function private.guard_connection_columns();
create trigger integration_connections_touch before update on public.integration_connections
  for each row execute function private.touch_updated_at();

alter table public.integration_connections enable row level security;
grant select, insert, update, delete on public.integration_connections to authenticated;
grant all on public.integration_connections to service_role;

create policy "members read connections" on public.integration_connections
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "admins create connections" on public.integration_connections
  for insert to authenticated with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins change connections" on public.integration_connections
  for update to authenticated using (organization_id in (select private.org_ids_with_role('admin')))
  with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins delete connections" on public.integration_connections
  for delete to authenticated using (organization_id in (select private.org_ids_with_role('admin')));

-- =============================================================================
-- Credential vault
-- =============================================================================
create table public.api_credentials (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  field text not null check (field ~ '^[a-z][a-z0-9_]{0,62}$'),
  ciphertext bytea not null,
  -- Which key encrypted this row, so keys can rotate while old rows stay readable.
  key_id text not null check (length(key_id) between 1 and 64),
  -- A masked hint (e.g. ••••4242) shown instead of the secret, ever after it is stored.
  hint text not null,
  updated_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (connection_id, field)
);
comment on table public.api_credentials is
  'Encrypted secret fields of a connection. No SELECT policy exists: browsers write through set_credential and see only hints.';
create index api_credentials_org_idx on public.api_credentials (organization_id);
create index api_credentials_key_id_idx on public.api_credentials (key_id);

alter table public.api_credentials enable row level security;
-- Deliberately no grants or policies for anon/authenticated: the table is reachable only
-- through the security-definer functions below and by the service role.
grant all on public.api_credentials to service_role;

create function public.encrypt_credential(plaintext text, encryption_key text) returns bytea
language plpgsql volatile set search_path = '' as $$
begin
  if encryption_key is null or length(encryption_key) < 32 then
    raise exception 'credential encryption key missing or shorter than 32 characters' using errcode = '22023';
  end if;
  return extensions.pgp_sym_encrypt(plaintext, encryption_key, 'cipher-algo=aes256, compress-algo=0, s2k-mode=3');
end;
$$;
comment on function public.encrypt_credential(text, text) is
  'pgcrypto OpenPGP symmetric encryption with AES-256. The key is passed by the caller from its secret environment and never stored.';

create function public.decrypt_credential(ciphertext bytea, encryption_key text) returns text
language plpgsql volatile set search_path = '' as $$
begin
  if encryption_key is null or length(encryption_key) < 32 then
    raise exception 'credential encryption key missing or shorter than 32 characters' using errcode = '22023';
  end if;
  begin
    return extensions.pgp_sym_decrypt(ciphertext, encryption_key);
  exception when others then
    -- pgcrypto says only "Wrong key or corrupt data"; say what to check, echoing nothing secret.
    raise exception 'credential could not be decrypted: wrong encryption key for this key id, or corrupt data'
      using errcode = '39000';
  end;
end;
$$;
comment on function public.decrypt_credential(bytea, text) is
  'Inverse of encrypt_credential; only the service role (edge functions) may call it.';

grant execute on function public.encrypt_credential(text, text) to service_role;
grant execute on function public.decrypt_credential(bytea, text) to service_role;

create function private.mask_secret(secret text) returns text
language sql immutable set search_path = '' as $$
  select case when length(secret) >= 12 then '••••' || right(secret, 4) else '••••' end;
$$;
comment on function private.mask_secret(text) is 'The hint shown for a secret: last four characters only for secrets long enough that four reveal little.';

-- The browser's only way to store a secret. Checks the caller is an admin of the
-- connection's organization, encrypts, and records the hint; returns the hint.
create function public.set_credential(
  p_connection_id uuid, p_field text, p_value text, p_encryption_key text, p_key_id text
) returns text
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_org uuid;
  v_hint text;
begin
  select c.organization_id into v_org from public.integration_connections c where c.id = p_connection_id;
  if v_org is null
     or ((select auth.role()) is distinct from 'service_role' and not private.has_org_role(v_org, 'admin')) then
    raise exception 'connection not found' using errcode = 'P0002';
  end if;
  if p_value is null or length(p_value) = 0 or length(p_value) > 16384 then
    raise exception 'credential value must be between 1 and 16384 characters' using errcode = '22023';
  end if;
  v_hint := private.mask_secret(p_value);
  insert into public.api_credentials as a (organization_id, connection_id, field, ciphertext, key_id, hint, updated_by)
  values (v_org, p_connection_id, p_field, public.encrypt_credential(p_value, p_encryption_key), p_key_id, v_hint, (select auth.uid()))
  on conflict (connection_id, field) do update
    set ciphertext = excluded.ciphertext, key_id = excluded.key_id, hint = excluded.hint,
        updated_by = excluded.updated_by, updated_at = now();
  return v_hint;
end;
$$;
comment on function public.set_credential(uuid, text, text, text, text) is
  'Write-only entry to the vault for admins (and the service role): encrypts and stores one secret field, returns its masked hint.';
grant execute on function public.set_credential(uuid, text, text, text, text) to authenticated, service_role;

create function public.list_credential_hints(p_connection_id uuid)
returns table (field text, hint text, key_id text, updated_at timestamptz, updated_by uuid)
language sql stable security definer set search_path = '' as $$
  select a.field, a.hint, a.key_id, a.updated_at, a.updated_by
  from public.api_credentials a
  where a.connection_id = p_connection_id
    and ((select auth.role()) = 'service_role' or private.has_org_role(a.organization_id, 'viewer'))
  order by a.field;
$$;
comment on function public.list_credential_hints(uuid) is
  'What members may know about a connection''s secrets: which fields are set, their masked hints, and when/by whom.';
grant execute on function public.list_credential_hints(uuid) to authenticated, service_role;
