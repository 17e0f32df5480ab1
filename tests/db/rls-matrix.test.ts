import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { affects, asActor, superuserSql, type Actor } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';

/**
 * Every table × {anon, viewer of A, admin of A, admin of B, service role} × {select,
 * insert, update, delete} against organization A's rows. Expectations are written as
 * four letters (S I U D, '-' = denied), so each cell asserts a grant or a denial.
 */
type Perms = `${'S' | '-'}${'I' | '-'}${'U' | '-'}${'D' | '-'}`;
type ActorName = 'anon' | 'viewerA' | 'adminA' | 'adminB' | 'service';

interface TableSpec {
  table: string;
  /** Identifies organization A's fixture row. */
  rowOfA: () => string;
  insertForA: () => string;
  update: string;
  expect: Record<ActorName, Perms>;
}

const sql = superuserSql();
let A: Tenant;
let B: Tenant;
const ids = { provider: '', provider2: '', endpoint: '', payment: '' };
const READ_ONLY: Record<ActorName, Perms> = { anon: '----', viewerA: 'S---', adminA: 'S---', adminB: '----', service: 'SIUD' };
const ADMIN_WRITES: Record<ActorName, Perms> = { anon: '----', viewerA: 'S---', adminA: 'SIUD', adminB: '----', service: 'SIUD' };
const CATALOGUE: Record<ActorName, Perms> = { anon: '----', viewerA: 'S---', adminA: 'S---', adminB: 'S---', service: 'SIUD' };
const SECRET: Record<ActorName, Perms> = { anon: '----', viewerA: '----', adminA: '----', adminB: '----', service: 'SIUD' };

const specs: TableSpec[] = [
  {
    table: 'organizations',
    rowOfA: () => `id = '${A.orgId}'`,
    insertForA: () => `insert into public.organizations (name, slug) values ('New org', 'new-org-${randomUUID().slice(0, 8)}')`,
    update: `name = 'Renamed'`,
    // Any signed-in user may found an organization; deleting one takes a super_admin.
    expect: { anon: '----', viewerA: 'SI--', adminA: 'SIU-', adminB: '-I--', service: 'SIUD' },
  },
  {
    table: 'organization_members',
    rowOfA: () => `organization_id = '${A.orgId}' and user_id = '${A.viewer.id}'`,
    insertForA: () => `insert into public.organization_members (organization_id, user_id, role) values ('${A.orgId}', '${B.admin.id}', 'viewer')`,
    update: `role = 'admin'`,
    expect: ADMIN_WRITES,
  },
  {
    table: 'integration_providers',
    rowOfA: () => `id = '${ids.provider}'`,
    insertForA: () => `insert into public.integration_providers (slug, name, category, description, auth_scheme, credential_fields, production_base_url, health_check, webhook_signature)
      values ('rls_new_${randomUUID().slice(0, 8)}', 'New', 'payment', 'd', 'bearer', '[]', 'https://example.com', '{}', '{}')`,
    update: `name = 'Renamed'`,
    expect: CATALOGUE,
  },
  {
    table: 'payment_providers',
    rowOfA: () => `provider_id = '${ids.provider}'`,
    insertForA: () => `insert into public.payment_providers (provider_id, supports_aed, amount_format) values ('${ids.provider2}', true, 'minor_units_integer')`,
    update: `supports_aed = false`,
    expect: CATALOGUE,
  },
  {
    table: 'shipping_providers',
    rowOfA: () => `provider_id = '${ids.provider}'`,
    insertForA: () => `insert into public.shipping_providers (provider_id, has_webhooks, tracking_mode) values ('${ids.provider2}', false, 'poll')`,
    update: `has_webhooks = true`,
    expect: CATALOGUE,
  },
  {
    table: 'integration_connections',
    rowOfA: () => `id = '${A.connectionId}'`,
    insertForA: () => `insert into public.integration_connections (organization_id, provider_id, name) values ('${A.orgId}', '${ids.provider}', 'Another')`,
    update: `name = 'Renamed'`,
    expect: ADMIN_WRITES,
  },
  {
    table: 'api_credentials',
    rowOfA: () => `connection_id = '${A.connectionId}'`,
    insertForA: () => `insert into public.api_credentials (organization_id, connection_id, field, ciphertext, key_id, hint) values ('${A.orgId}', '${A.connectionId}', 'other_field', '\\x00', 'rls-fixture', '••••')`,
    update: `hint = 'x'`,
    expect: SECRET,
  },
  {
    table: 'integration_health',
    rowOfA: () => `connection_id = '${A.connectionId}'`,
    insertForA: () => `insert into public.integration_health (organization_id, connection_id, status) values ('${A.orgId}', '${A.connectionId}', 'healthy')`,
    update: `message = 'x'`,
    expect: READ_ONLY,
  },
  {
    table: 'integration_logs',
    rowOfA: () => `organization_id = '${A.orgId}'`,
    insertForA: () => `insert into public.integration_logs (organization_id, connection_id, log_type) values ('${A.orgId}', '${A.connectionId}', 'system')`,
    update: `error_message = 'x'`,
    expect: READ_ONLY,
  },
  {
    table: 'integration_analytics',
    rowOfA: () => `organization_id = '${A.orgId}'`,
    insertForA: () => `insert into public.integration_analytics (organization_id, connection_id, bucket_start) values ('${A.orgId}', '${A.connectionId}', '2020-01-01 10:00+00')`,
    update: `request_count = 99`,
    expect: READ_ONLY,
  },
  {
    table: 'webhook_endpoints',
    rowOfA: () => `id = '${ids.endpoint}'`,
    insertForA: () => `insert into public.webhook_endpoints (organization_id, connection_id) values ('${A.orgId}', '${A.connectionId}')`,
    update: `is_active = false`,
    expect: ADMIN_WRITES,
  },
  {
    table: 'webhook_events',
    rowOfA: () => `endpoint_id = '${ids.endpoint}'`,
    insertForA: () => `insert into public.webhook_events (organization_id, endpoint_id, connection_id, provider_event_id) values ('${A.orgId}', '${ids.endpoint}', '${A.connectionId}', 'evt_${randomUUID()}')`,
    update: `status = 'dead'`,
    expect: READ_ONLY,
  },
  {
    table: 'rate_limits',
    rowOfA: () => `connection_id = '${A.connectionId}'`,
    insertForA: () => `insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values ('${A.orgId}', '${A.connectionId}', 'hour', 500)`,
    update: `max_requests = 7`,
    expect: ADMIN_WRITES,
  },
  {
    table: 'social_media_accounts',
    rowOfA: () => `connection_id = '${A.connectionId}'`,
    insertForA: () => `insert into public.social_media_accounts (organization_id, connection_id, platform, external_account_id) values ('${A.orgId}', '${A.connectionId}', 'instagram', 'ig_${randomUUID()}')`,
    update: `username = 'renamed'`,
    expect: ADMIN_WRITES,
  },
  {
    table: 'credential_audit_log',
    rowOfA: () => `organization_id = '${A.orgId}'`,
    insertForA: () => `insert into public.credential_audit_log (organization_id, action, actor_type) values ('${A.orgId}', 'decrypt', 'service')`,
    update: `purpose = 'forged'`,
    // Admins read who touched their secrets; nobody but the system writes or erases the trail.
    expect: { anon: '----', viewerA: '----', adminA: 'S---', adminB: '----', service: 'SIUD' },
  },
  {
    table: 'notifications',
    rowOfA: () => `organization_id = '${A.orgId}'`,
    insertForA: () => `insert into public.notifications (organization_id, kind, title) values ('${A.orgId}', 'system', 'Forged')`,
    update: `title = 'Forged'`,
    expect: READ_ONLY,
  },
  {
    table: 'payments',
    rowOfA: () => `id = '${ids.payment}'`,
    insertForA: () => `insert into public.payments (organization_id, connection_id, amount_fils, currency, order_reference, idempotency_key, requested_by_type)
      values ('${A.orgId}', '${A.connectionId}', 1000, 'AED', 'ORD-1', 'idem-${randomUUID()}', 'service')`,
    update: `status = 'succeeded'`,
    // Payments are created and moved only by the payment processor and webhooks.
    expect: READ_ONLY,
  },
  {
    table: 'payment_status_history',
    rowOfA: () => `payment_id = '${ids.payment}'`,
    insertForA: () => `insert into public.payment_status_history (organization_id, payment_id, to_status, source) values ('${A.orgId}', '${ids.payment}', 'failed', 'admin')`,
    update: `detail = 'forged'`,
    expect: READ_ONLY,
  },
  {
    table: 'payment_refunds',
    rowOfA: () => `payment_id = '${ids.payment}'`,
    insertForA: () => `insert into public.payment_refunds (organization_id, payment_id, amount_fils, idempotency_key, requested_by_type) values ('${A.orgId}', '${ids.payment}', 10, 'r-${randomUUID()}', 'service')`,
    update: `status = 'succeeded'`,
    expect: READ_ONLY,
  },
  {
    table: 'api_keys',
    rowOfA: () => `organization_id = '${A.orgId}'`,
    insertForA: () => `insert into public.api_keys (organization_id, name, prefix, key_hash) values ('${A.orgId}', 'Forged', 'hub_live_abcd', '${randomUUID().replace(/-/g, '')}${randomUUID().replace(/-/g, '')}')`,
    update: `name = 'Renamed'`,
    // Keys are minted by create_api_key (the key shown once) and revoked by revoke_api_key;
    // admins edit name, scope and limit; the hash is readable by no API role but the service.
    expect: { anon: '----', viewerA: 'S---', adminA: 'S-U-', adminB: '----', service: 'SIUD' },
  },
  {
    table: 'shipments',
    rowOfA: () => `connection_id = '${A.connectionId}'`,
    insertForA: () => `insert into public.shipments (organization_id, connection_id, tracking_number) values ('${A.orgId}', '${A.connectionId}', 'AWB${randomUUID().slice(0, 8)}')`,
    update: `status = 'delivered'`,
    expect: READ_ONLY,
  },
  {
    table: 'oauth_states',
    rowOfA: () => `connection_id = '${A.connectionId}'`,
    insertForA: () => `insert into public.oauth_states (state_hash, organization_id, connection_id, user_id, verifier_ciphertext, key_id, redirect_uri, redirect_to)
      values ('${hex64()}', '${A.orgId}', '${A.connectionId}', '${A.admin.id}', '\\x00', 'rls-fixture', 'http://127.0.0.1/cb', '/integrations')`,
    update: `used_at = now()`,
    // Consent states (hashed state, encrypted PKCE verifier) are the oauth function's alone.
    expect: SECRET,
  },
  {
    table: 'oauth_token_status',
    rowOfA: () => `connection_id = '${A.connectionId}'`,
    insertForA: () => `insert into public.oauth_token_status (connection_id, organization_id) values ('${oauthFixture.spareConnection}', '${A.orgId}')`,
    update: `renewable = true`,
    expect: READ_ONLY,
  },
  {
    table: 'oauth_token_cache',
    rowOfA: () => `cache_key = 'rls-${A.connectionId}'`,
    insertForA: () => `insert into public.oauth_token_cache (cache_key, connection_id, ciphertext, key_id, expires_at) values ('rls-new-${randomUUID()}', '${A.connectionId}', '\\x00', 'rls-fixture', now() + interval '1 hour')`,
    update: `expires_at = now()`,
    expect: SECRET,
  },
  {
    table: 'notification_email_settings',
    rowOfA: () => `organization_id = '${A.orgId}'`,
    // Keyed by organization: an upsert, which needs the insert and the update policy alike.
    insertForA: () => `insert into public.notification_email_settings (organization_id, from_email) values ('${A.orgId}', 'new@a.ae')
      on conflict (organization_id) do update set from_email = 'new@a.ae'`,
    update: `min_severity = 'warning'`,
    expect: ADMIN_WRITES,
  },
  {
    table: 'notification_emails',
    rowOfA: () => `organization_id = '${A.orgId}'`,
    insertForA: () => `with n as (insert into public.notifications (organization_id, kind, title) values ('${A.orgId}', 'system', 'Mail') returning id)
      insert into public.notification_emails (notification_id, organization_id) select id, '${A.orgId}' from n`,
    update: `status = 'sent'`,
    expect: READ_ONLY,
  },
];

beforeAll(async () => {
  A = await createTenant(sql, 'rls-a');
  B = await createTenant(sql, 'rls-b');
  const suffix = randomUUID().slice(0, 8);
  const [p1] = await sql`insert into public.integration_providers (slug, name, category, description, auth_scheme, credential_fields, production_base_url, health_check, webhook_signature)
    values (${`rls_p1_${suffix}`}, 'RLS test provider', 'payment', 'test', 'bearer', '[]', 'https://example.com', '{}', '{}') returning id`;
  const [p2] = await sql`insert into public.integration_providers (slug, name, category, description, auth_scheme, credential_fields, production_base_url, health_check, webhook_signature)
    values (${`rls_p2_${suffix}`}, 'RLS test provider 2', 'shipping', 'test', 'bearer', '[]', 'https://example.com', '{}', '{}') returning id`;
  ids.provider = p1!.id as string;
  ids.provider2 = p2!.id as string;
  await sql`insert into public.payment_providers (provider_id, supports_aed, amount_format) values (${ids.provider}, true, 'minor_units_integer')`;
  await sql`insert into public.shipping_providers (provider_id, has_webhooks, tracking_mode) values (${ids.provider}, false, 'poll')`;
  for (const t of [A, B]) {
    await sql`insert into public.api_credentials (organization_id, connection_id, field, ciphertext, key_id, hint)
              values (${t.orgId}, ${t.connectionId}, 'secret_key', '\\x00', 'rls-fixture', '••••')`;
    await sql`insert into public.integration_health (organization_id, connection_id, status) values (${t.orgId}, ${t.connectionId}, 'healthy')`;
    await sql`select public.log_api_call(${t.orgId}, ${t.connectionId}, 'request', 'GET', '/v1/balance', 200, 12)`;
    const [e] = await sql`insert into public.webhook_endpoints (organization_id, connection_id) values (${t.orgId}, ${t.connectionId}) returning id`;
    if (t === A) ids.endpoint = e!.id as string;
    await sql`insert into public.webhook_events (organization_id, endpoint_id, connection_id, provider_event_id)
              values (${t.orgId}, ${e!.id}, ${t.connectionId}, ${`evt_${randomUUID()}`})`;
    await sql`insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values (${t.orgId}, ${t.connectionId}, 'minute', 100)`;
    await sql`insert into public.notifications (organization_id, kind, title) values (${t.orgId}, 'system', 'Welcome')`;
    const [pay] = await sql`insert into public.payments (organization_id, connection_id, amount_fils, currency, order_reference, idempotency_key, requested_by_type)
      values (${t.orgId}, ${t.connectionId}, 25000, 'AED', 'ORD-100', ${`idem-${randomUUID()}`}, 'service') returning id`;
    if (t === A) ids.payment = pay!.id as string;
    await sql`insert into public.payment_refunds (organization_id, payment_id, amount_fils, idempotency_key, requested_by_type) values (${t.orgId}, ${pay!.id}, 500, ${`r-${randomUUID()}`}, 'service')`;
    await sql`insert into public.shipments (organization_id, connection_id, tracking_number) values (${t.orgId}, ${t.connectionId}, ${`AWB${randomUUID().slice(0, 8)}`})`;
    await sql`insert into public.api_keys (organization_id, name, prefix, key_hash)
              values (${t.orgId}, 'Fixture key', 'hub_live_fx00', ${randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '')})`;
    await sql`insert into public.social_media_accounts (organization_id, connection_id, platform, external_account_id) values (${t.orgId}, ${t.connectionId}, 'instagram', ${`ig_${randomUUID()}`})`;
  }
  // A row of organization A in the default log partition (outside every monthly range).
  await sql`insert into public.integration_logs (organization_id, log_type, created_at) values (${A.orgId}, 'system', '1990-01-01')`;
});

// Fixture rows for the OAuth tables (oauth_token_status is keyed by connection, so inserts use a spare one).
const oauthFixture = { spareConnection: '' };
const hex64 = () => `${randomUUID()}${randomUUID()}`.replace(/-/g, '');
beforeAll(async () => {
  const [spare] = await sql`insert into public.integration_connections (organization_id, provider_id, name)
    select ${A.orgId}, p.id, 'OAuth spare' from public.integration_providers p where p.slug = 'linkedin' returning id`;
  oauthFixture.spareConnection = spare!.id as string;
  for (const t of [A, B]) {
    await sql`insert into public.oauth_states (state_hash, organization_id, connection_id, user_id, verifier_ciphertext, key_id, redirect_uri, redirect_to)
              values (${hex64()}, ${t.orgId}, ${t.connectionId}, ${t.admin.id}, '\\x00', 'rls-fixture', 'http://127.0.0.1/cb', '/integrations')`;
    await sql`insert into public.oauth_token_status (connection_id, organization_id) values (${t.connectionId}, ${t.orgId})`;
    await sql`insert into public.notification_email_settings (organization_id, from_email) values (${t.orgId}, 'alerts@example.ae')`;
    await sql`with n as (insert into public.notifications (organization_id, kind, title) values (${t.orgId}, 'system', 'Mailed') returning id)
              insert into public.notification_emails (notification_id, organization_id) select id, ${t.orgId} from n`;
    await sql`insert into public.oauth_token_cache (cache_key, connection_id, ciphertext, key_id, expires_at)
              values (${`rls-${t.connectionId}`}, ${t.connectionId}, '\\x00', 'rls-fixture', now() + interval '1 hour')`;
  }
});

afterAll(async () => {
  await sql.end();
});

function actors(): Record<ActorName, Actor> {
  return { anon: { kind: 'anon' }, viewerA: A.viewer, adminA: A.admin, adminB: B.admin, service: { kind: 'service' } };
}

describe('RLS matrix', () => {
  it('covers every table in public, each with row level security on', async () => {
    const tables = await sql<{ name: string; rls: boolean }[]>`
      select c.relname as name, c.relrowsecurity as rls from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p')`;
    expect(tables.filter((t) => !t.rls).map((t) => t.name)).toEqual([]);
    expect(tables.map((t) => t.name).sort()).toEqual(specs.map((s) => s.table).sort());
  });

  it('log partitions sit outside the API schema, with RLS on and nothing granted to API roles', async () => {
    const parts = await sql`
      select n.nspname as schema, c.relrowsecurity as rls,
             has_table_privilege('authenticated', c.oid, 'select,insert,update,delete') as authenticated,
             has_table_privilege('anon', c.oid, 'select,insert,update,delete') as anon,
             has_table_privilege('service_role', c.oid, 'select,insert,update,delete') as service
      from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_namespace n on n.oid = c.relnamespace
      where i.inhparent = 'public.integration_logs'::regclass`;
    expect(parts.length).toBeGreaterThanOrEqual(5); // default + this month + 3 ahead
    for (const p of parts) expect(p).toEqual({ schema: 'log_partitions', rls: true, authenticated: false, anon: false, service: false });
    const [usage] = await sql`select has_schema_privilege('authenticated', 'log_partitions', 'usage') as a, has_schema_privilege('anon', 'log_partitions', 'usage') as b`;
    expect(usage).toEqual({ a: false, b: false });
    // A row of A outside every month lands in the default partition and is still policed via the parent.
    expect(await affects(sql, B.admin, `select 1 from public.integration_logs where organization_id = '${A.orgId}' and created_at < '2000-01-01'`)).toBe(false);
    expect(await affects(sql, A.viewer, `select 1 from public.integration_logs where organization_id = '${A.orgId}' and created_at < '2000-01-01'`)).toBe(true);
  });

  for (const spec of specs) {
    describe(spec.table, () => {
      for (const name of ['anon', 'viewerA', 'adminA', 'adminB', 'service'] as const) {
        it(`${name}: ${spec.expect[name]}`, async () => {
          const actor = actors()[name];
          const where = spec.rowOfA();
          const canSelect = await affects(sql, actor, `select 1 from public.${spec.table} where ${where}`);
          const canInsert = await affects(sql, actor, spec.insertForA());
          const canUpdate = await affects(sql, actor, `update public.${spec.table} set ${spec.update} where ${where}`);
          const canDelete = await affects(sql, actor, `delete from public.${spec.table} where ${where}`);
          const got = `${canSelect ? 'S' : '-'}${canInsert ? 'I' : '-'}${canUpdate ? 'U' : '-'}${canDelete ? 'D' : '-'}`;
          expect(got).toBe(spec.expect[name]);
        });
      }
    });
  }
});

describe('cross-organization writes', () => {
  it('an admin of A cannot point a row of A at a connection of B', async () => {
    const attempt = `insert into public.webhook_endpoints (organization_id, connection_id) values ('${A.orgId}', '${B.connectionId}')`;
    expect(await affects(sql, A.admin, attempt)).toBe(false);
    const limit = `insert into public.rate_limits (organization_id, connection_id, window_unit, max_requests) values ('${A.orgId}', '${B.connectionId}', 'day', 5)`;
    expect(await affects(sql, A.admin, limit)).toBe(false);
  });

  it('an admin cannot move a connection to another organization', async () => {
    const move = `update public.integration_connections set organization_id = '${B.orgId}' where id = '${A.connectionId}'`;
    expect(await affects(sql, A.admin, move)).toBe(false);
  });

  it('an admin cannot make anyone super_admin, and users cannot forge monitor-owned columns', async () => {
    const promote = `update public.organization_members set role = 'super_admin' where organization_id = '${A.orgId}' and user_id = '${A.viewer.id}'`;
    expect(await affects(sql, A.admin, promote)).toBe(false);
    const health = await asActor(sql, A.admin, async (tx) => {
      await tx`update public.integration_connections set health_status = 'healthy', name = 'Edited' where id = ${A.connectionId}`;
      return (await tx`select health_status, name from public.integration_connections where id = ${A.connectionId}`)[0];
    });
    expect(health).toEqual({ health_status: 'unknown', name: 'Edited' });
  });

  it('users cannot reset live rate-limit counters', async () => {
    await sql`update public.rate_limits set used = 42, window_started_at = now() where connection_id = ${A.connectionId}`;
    const row = await asActor(sql, A.admin, async (tx) => {
      await tx`update public.rate_limits set used = 0, max_requests = 200 where connection_id = ${A.connectionId}`;
      return (await tx`select used, max_requests from public.rate_limits where connection_id = ${A.connectionId}`)[0];
    });
    expect(row).toEqual({ used: 42, max_requests: 200 });
  });
});
