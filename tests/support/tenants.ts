import { randomUUID } from 'node:crypto';
import type { Sql } from './db.ts';

export interface Tenant {
  orgId: string;
  connectionId: string;
  viewer: { kind: 'user'; id: string; email: string };
  admin: { kind: 'user'; id: string; email: string };
}

async function createUser(sql: Sql, label: string) {
  const id = randomUUID();
  const email = `${label}-${id.slice(0, 8)}@test.local`;
  await sql`
    insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data)
    values (${id}, 'authenticated', 'authenticated', ${email}, extensions.crypt('test-password-1', extensions.gen_salt('bf', 4)),
            now(), '{"provider":"email","providers":["email"]}', '{}')`;
  return { kind: 'user' as const, id, email };
}

/**
 * An organization with a viewer and an admin and one Stripe connection, uniquely named
 * so test files never depend on each other's data. Created as superuser (bypassing RLS).
 */
export async function createTenant(sql: Sql, label: string): Promise<Tenant> {
  const orgId = randomUUID();
  await sql`insert into public.organizations (id, name, slug) values (${orgId}, ${`Org ${label}`}, ${`${label}-${orgId.slice(0, 8)}`})`;
  const viewer = await createUser(sql, `${label}-viewer`);
  const admin = await createUser(sql, `${label}-admin`);
  await sql`insert into public.organization_members (organization_id, user_id, role)
            values (${orgId}, ${viewer.id}, 'viewer'), (${orgId}, ${admin.id}, 'admin')`;
  const [conn] = await sql`
    insert into public.integration_connections (organization_id, provider_id, name, environment, status)
    select ${orgId}, p.id, 'Stripe main', 'sandbox', 'active' from public.integration_providers p where p.slug = 'stripe'
    returning id`;
  return { orgId, connectionId: conn!.id as string, viewer, admin };
}
