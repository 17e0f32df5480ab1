-- =============================================================================
-- Social media accounts: the identity behind a social connection (page, profile,
-- business account), filled from the provider after OAuth.
-- =============================================================================

create table public.social_media_accounts (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references public.organizations (id) on delete cascade,
  connection_id uuid not null references public.integration_connections (id) on delete cascade,
  platform text not null check (platform in ('facebook', 'instagram', 'linkedin', 'tiktok', 'whatsapp_business')),
  external_account_id text not null,
  username text,
  display_name text,
  profile_url text check (profile_url is null or profile_url ~ '^https://'),
  avatar_url text check (avatar_url is null or avatar_url ~ '^https://'),
  scopes text[] not null default '{}',
  token_expires_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (connection_id, external_account_id)
);
comment on table public.social_media_accounts is
  'Which page/profile a social connection acts as; shown on the hub and used to route comments and mentions.';
create index social_media_accounts_org_idx on public.social_media_accounts (organization_id);

create function private.guard_social_account() returns trigger
language plpgsql set search_path = '' as $$
begin
  if not exists (select 1 from public.integration_connections c
                 where c.id = new.connection_id and c.organization_id = new.organization_id) then
    raise exception 'connection does not belong to the organization' using errcode = '42501';
  end if;
  return new;
end;
$$;
comment on function private.guard_social_account() is 'Trigger: an account row can only point at a connection of its own organization.';

create trigger social_media_accounts_guard before insert or update on public.social_media_accounts
  for each row execute function private.guard_social_account();
create trigger social_media_accounts_touch before update on public.social_media_accounts
  for each row execute function private.touch_updated_at();

alter table public.social_media_accounts enable row level security;
grant select, insert, update, delete on public.social_media_accounts to authenticated;
grant all on public.social_media_accounts to service_role;
create policy "members read social accounts" on public.social_media_accounts
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "admins add social accounts" on public.social_media_accounts
  for insert to authenticated with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins change social accounts" on public.social_media_accounts
  for update to authenticated using (organization_id in (select private.org_ids_with_role('admin')))
  with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins remove social accounts" on public.social_media_accounts
  for delete to authenticated using (organization_id in (select private.org_ids_with_role('admin')));
