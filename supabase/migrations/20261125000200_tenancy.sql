-- =============================================================================
-- Tenancy: organizations and their members. Every other row in the hub belongs
-- to one organization, and every policy asks "is the caller a member, with at
-- least this role?" through private.has_org_role.
-- =============================================================================

create table public.organizations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(trim(name)) between 1 and 120),
  slug text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.organizations is 'A business using the hub (a tailoring house); the unit of tenancy.';

create table public.organization_members (
  organization_id uuid not null references public.organizations (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  role public.org_role not null default 'viewer',
  created_at timestamptz not null default now(),
  primary key (organization_id, user_id)
);
comment on table public.organization_members is 'Who belongs to which organization and with which role; the basis of every policy.';
create index organization_members_user_id_idx on public.organization_members (user_id);

-- =============================================================================
-- Policy helpers
-- =============================================================================
create function private.has_org_role(org_id uuid, min_role public.org_role default 'viewer')
returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (
    select 1 from public.organization_members m
    where m.organization_id = org_id
      and m.user_id = (select auth.uid())
      and m.role >= min_role
  );
$$;
comment on function private.has_org_role(uuid, public.org_role) is
  'True when the calling user is a member of the organization with at least min_role. Security definer so policies on organization_members do not recurse.';
grant execute on function private.has_org_role(uuid, public.org_role) to authenticated;

create function private.org_ids_with_role(min_role public.org_role default 'viewer') returns setof uuid
language sql stable security definer set search_path = '' as $$
  select m.organization_id from public.organization_members m
  where m.user_id = (select auth.uid()) and m.role >= min_role;
$$;
comment on function private.org_ids_with_role(public.org_role) is
  'The organizations where the calling user holds at least min_role. Policies use `organization_id in (select ...)` so it runs once per statement and the organization_id index does the rest.';
grant execute on function private.org_ids_with_role(public.org_role) to authenticated;

-- The creator of an organization becomes its first super_admin, so an organization never
-- starts without someone who can manage it.
create function private.add_creator_as_super_admin() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if (select auth.uid()) is not null then
    insert into public.organization_members (organization_id, user_id, role)
    values (new.id, (select auth.uid()), 'super_admin');
  end if;
  return new;
end;
$$;
comment on function private.add_creator_as_super_admin() is 'Trigger: makes the creating user super_admin of the new organization.';

create trigger organizations_add_creator after insert on public.organizations
  for each row execute function private.add_creator_as_super_admin();
create trigger organizations_touch before update on public.organizations
  for each row execute function private.touch_updated_at();

-- Only a super_admin may grant, hold-change or remove the super_admin role; admins manage
-- viewers and admins. Nobody changes which organization or user a membership row is for.
create function private.guard_membership_change() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  if (select auth.role()) = 'service_role' or (select auth.uid()) is null then
    return coalesce(new, old);
  end if;
  -- The founding membership of a new organization (added by add_creator_as_super_admin).
  if tg_op = 'INSERT' and new.role = 'super_admin' and new.user_id = (select auth.uid())
     and not exists (select 1 from public.organization_members m where m.organization_id = new.organization_id) then
    return new;
  end if;
  if tg_op = 'UPDATE' and (new.organization_id <> old.organization_id or new.user_id <> old.user_id) then
    raise exception 'membership rows cannot be moved' using errcode = '42501';
  end if;
  if (tg_op <> 'INSERT' and old.role = 'super_admin') or (tg_op <> 'DELETE' and new.role = 'super_admin') then
    if not private.has_org_role(coalesce(new.organization_id, old.organization_id), 'super_admin') then
      raise exception 'only a super_admin can grant or change the super_admin role' using errcode = '42501';
    end if;
  end if;
  return coalesce(new, old);
end;
$$;
comment on function private.guard_membership_change() is 'Trigger: keeps super_admin in the hands of super_admins and membership keys immutable.';

create trigger organization_members_guard before insert or update or delete on public.organization_members
  for each row execute function private.guard_membership_change();

-- =============================================================================
-- Privileges and policies
-- =============================================================================
alter table public.organizations enable row level security;
alter table public.organization_members enable row level security;

grant select, insert, update, delete on public.organizations to authenticated;
grant select, insert, update, delete on public.organization_members to authenticated;
grant all on public.organizations, public.organization_members to service_role;

create policy "members read their organization" on public.organizations
  for select to authenticated using (id in (select private.org_ids_with_role('viewer')));
create policy "signed-in users create organizations" on public.organizations
  for insert to authenticated with check ((select auth.uid()) is not null);
create policy "admins rename their organization" on public.organizations
  for update to authenticated using (id in (select private.org_ids_with_role('admin')))
  with check (id in (select private.org_ids_with_role('admin')));
create policy "super admins delete their organization" on public.organizations
  for delete to authenticated using (id in (select private.org_ids_with_role('super_admin')));

create policy "members see fellow members" on public.organization_members
  for select to authenticated using (organization_id in (select private.org_ids_with_role('viewer')));
create policy "admins add members" on public.organization_members
  for insert to authenticated with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins change member roles" on public.organization_members
  for update to authenticated using (organization_id in (select private.org_ids_with_role('admin')))
  with check (organization_id in (select private.org_ids_with_role('admin')));
create policy "admins remove members" on public.organization_members
  for delete to authenticated using (organization_id in (select private.org_ids_with_role('admin')));
