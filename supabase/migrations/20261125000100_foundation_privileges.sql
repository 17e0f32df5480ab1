-- =============================================================================
-- Foundation: lock down default privileges and create the private schema that
-- holds the helpers RLS policies call. Every later table grants back only what
-- it needs, so nothing is reachable by accident.
-- =============================================================================

-- Supabase grants the API roles everything created in public by default. Revoke it:
-- each table and function below grants explicitly.
alter default privileges in schema public revoke all on tables from anon, authenticated, service_role;
alter default privileges in schema public revoke all on sequences from anon, authenticated, service_role;
alter default privileges in schema public revoke execute on functions from anon, authenticated, service_role;
-- Postgres lets PUBLIC execute every new function; only a global default can take that back.
alter default privileges revoke execute on functions from public;

-- Helpers used by policies live outside the exposed schema so PostgREST never serves them.
create schema if not exists private;
comment on schema private is 'Helpers for RLS policies and internal routines; never exposed through the API.';
grant usage on schema private to authenticated, service_role;

-- =============================================================================
-- Roles inside an organization, ordered so that `role >= 'admin'` reads naturally.
-- =============================================================================
create type public.org_role as enum ('viewer', 'admin', 'super_admin');
comment on type public.org_role is 'Member roles, least to most privileged; enum order is used for comparisons.';

-- Stamps updated_at on every update so clients cannot forge it.
create function private.touch_updated_at() returns trigger
language plpgsql set search_path = '' as $$
begin
  new.updated_at := now();
  return new;
end;
$$;
comment on function private.touch_updated_at() is 'Trigger: keeps updated_at truthful regardless of what the client sent.';
