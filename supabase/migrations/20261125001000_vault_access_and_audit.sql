-- =============================================================================
-- Vault access for the data plane, key rotation, and the credential audit trail.
-- Functions never select from api_credentials: they call get_connection_secrets,
-- which decrypts with the keys they pass in and records who asked and why.
-- =============================================================================

create table public.credential_audit_log (
  id bigint generated always as identity primary key,
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid references public.integration_connections (id) on delete set null,
  action text not null check (action in ('write', 'decrypt', 'rotate', 'delete')),
  -- user | api_key | service | scheduler
  actor_type text not null check (actor_type in ('user', 'api_key', 'service', 'scheduler')),
  actor_id text,
  fields text[] not null default '{}',
  purpose text,
  ip inet,
  created_at timestamptz not null default now()
);
comment on table public.credential_audit_log is
  'Every credential write, decrypt and key rotation: who, when, from where, which connection and fields — never a value.';
create index credential_audit_log_org_idx on public.credential_audit_log (organization_id, created_at desc);
create index credential_audit_log_connection_idx on public.credential_audit_log (connection_id, created_at desc);

alter table public.credential_audit_log enable row level security;
grant select on public.credential_audit_log to authenticated;
grant all on public.credential_audit_log to service_role;
create policy "admins read the credential audit" on public.credential_audit_log
  for select to authenticated using (organization_id in (select private.org_ids_with_role('admin')));

create function private.request_ip() returns inet
language sql stable set search_path = '' as $$
  -- The dashboard and functions put the caller's address into the claims they set.
  select nullif(coalesce(current_setting('request.jwt.claims', true), '{}')::jsonb ->> 'client_ip', '')::inet;
$$;
comment on function private.request_ip() is 'The end user''s IP as passed by the trusted server code in request.jwt.claims (client_ip).';

-- Writes are audited by a trigger, so every path that stores a secret is covered.
create function private.audit_credential_write() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if tg_op = 'DELETE' then
    -- When the whole organization goes, its audit goes with it; when a connection goes,
    -- the record stays (its connection_id is gone, so the id is kept in purpose).
    if exists (select 1 from public.organizations o where o.id = old.organization_id) then
      insert into public.credential_audit_log (organization_id, connection_id, action, actor_type, actor_id, fields, purpose, ip)
      values (old.organization_id,
              (select c.id from public.integration_connections c where c.id = old.connection_id),
              'delete', case when (select auth.uid()) is not null then 'user' else 'service' end,
              (select auth.uid())::text, array[old.field], 'connection ' || old.connection_id, private.request_ip());
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' and new.ciphertext is not distinct from old.ciphertext then
    return new;
  end if;
  insert into public.credential_audit_log (organization_id, connection_id, action, actor_type, actor_id, fields, ip)
  values (new.organization_id, new.connection_id,
          case when coalesce(current_setting('hub.rotating_key', true), '') = 'on' then 'rotate' else 'write' end,
          case when (select auth.uid()) is not null then 'user' else 'service' end,
          (select auth.uid())::text, array[new.field], private.request_ip());
  return new;
end;
$$;
comment on function private.audit_credential_write() is 'Trigger: records every stored, replaced, re-encrypted or deleted secret field (never its value).';

create trigger api_credentials_audit after insert or update or delete on public.api_credentials
  for each row execute function private.audit_credential_write();

-- -----------------------------------------------------------------------------
-- Decryption for the data plane
-- -----------------------------------------------------------------------------
create function public.get_connection_secrets(
  p_connection_id uuid,
  p_keys jsonb,            -- {"<key_id>": "<key>", ...}: the current key and, during rotation, the previous one
  p_actor_type text,
  p_actor_id text default null,
  p_purpose text default null,
  p_ip inet default null
) returns jsonb
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_org uuid;
  v_row record;
  v_out jsonb := '{}';
  v_fields text[] := '{}';
  v_key text;
begin
  select c.organization_id into v_org from public.integration_connections c where c.id = p_connection_id;
  if v_org is null then
    raise exception 'connection not found' using errcode = 'P0002';
  end if;
  for v_row in select a.field, a.ciphertext, a.key_id from public.api_credentials a where a.connection_id = p_connection_id loop
    v_key := p_keys ->> v_row.key_id;
    if v_key is null then
      raise exception 'no encryption key configured for key id %', v_row.key_id using errcode = '39000';
    end if;
    v_out := v_out || jsonb_build_object(v_row.field, public.decrypt_credential(v_row.ciphertext, v_key));
    v_fields := v_fields || v_row.field;
  end loop;
  insert into public.credential_audit_log (organization_id, connection_id, action, actor_type, actor_id, fields, purpose, ip)
  values (v_org, p_connection_id, 'decrypt', p_actor_type, p_actor_id, v_fields, left(p_purpose, 100), p_ip);
  return v_out;
end;
$$;
comment on function public.get_connection_secrets(uuid, jsonb, text, text, text, inet) is
  'The data plane''s only way to read secrets: decrypts a connection''s fields with the caller''s keys and audits the read. Service role only.';
grant execute on function public.get_connection_secrets(uuid, jsonb, text, text, text, inet) to service_role;

-- Re-encrypts up to p_batch rows from the old key to the new one. Rows are locked and
-- skipped if busy, so readers and writers go on; callers loop until it returns 0.
create function public.rotate_credentials_key(
  p_old_key_id text, p_old_key text, p_new_key_id text, p_new_key text, p_batch integer default 500
) returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_count integer;
begin
  if p_old_key_id = p_new_key_id then
    raise exception 'the new key id must differ from the old one' using errcode = '22023';
  end if;
  perform set_config('hub.rotating_key', 'on', true);
  with batch as (
    select a.id from public.api_credentials a where a.key_id = p_old_key_id
    order by a.id limit greatest(p_batch, 1) for update skip locked
  )
  update public.api_credentials a
     set ciphertext = public.encrypt_credential(public.decrypt_credential(a.ciphertext, p_old_key), p_new_key),
         key_id = p_new_key_id, updated_at = now()
    from batch where a.id = batch.id;
  get diagnostics v_count = row_count;
  perform set_config('hub.rotating_key', '', true);
  return v_count;
end;
$$;
comment on function public.rotate_credentials_key(text, text, text, text, integer) is
  'One batch of key rotation: decrypt with the old key, encrypt with the new, record the new key id. Service role only.';
grant execute on function public.rotate_credentials_key(text, text, text, text, integer) to service_role;

-- =============================================================================
-- Notifications: what an admin should know about, once (dedupe_key), in-app.
-- =============================================================================
create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid references public.integration_connections (id) on delete cascade,
  kind text not null check (kind in ('health_changed', 'rate_limit_crossed', 'webhook_dead_letter',
                                     'token_refresh_failed', 'social_activity', 'order_event', 'payment_event', 'system')),
  severity text not null default 'info' check (severity in ('info', 'warning', 'critical')),
  title text not null check (length(title) between 1 and 200),
  body text,
  -- Makes "once per window / per state change" a unique constraint instead of a race.
  dedupe_key text,
  read_at timestamptz,
  read_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  unique (organization_id, dedupe_key)
);
comment on table public.notifications is
  'In-app notifications per organization (health changes, limits crossed, dead letters, failed refreshes); unread count in the navigation.';
create index notifications_org_unread_idx on public.notifications (organization_id, created_at desc) where read_at is null;
create index notifications_org_idx on public.notifications (organization_id, created_at desc);

alter table public.notifications enable row level security;
grant select on public.notifications to authenticated;
grant all on public.notifications to service_role;
create policy "members read notifications" on public.notifications
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));

create function public.mark_notifications_read(p_ids uuid[]) returns integer
language plpgsql volatile security definer set search_path = '' as $$
declare
  v_count integer;
begin
  update public.notifications n set read_at = now(), read_by = (select auth.uid())
   where n.id = any (p_ids) and n.read_at is null
     and n.organization_id in (select private.org_ids_with_role('viewer'));
  get diagnostics v_count = row_count;
  return v_count;
end;
$$;
comment on function public.mark_notifications_read(uuid[]) is 'Members mark their organization''s notifications read; nothing else about a notification is theirs to change.';
grant execute on function public.mark_notifications_read(uuid[]) to authenticated;
