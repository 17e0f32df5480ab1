// Fixtures for the logs and locale specs (kept beside the page objects they serve).
import type { Sql } from '../../support/db.ts';
import type { Tenant } from '../../support/tenants.ts';

export interface SeededLogs {
  /** The second connection's id (an Aramex one). */
  aramexId: string;
  ids: {
    charge: string;
    declined: string;
    timeout: string;
    webhook: string;
    system: string;
    redirect: string;
    old: string;
  };
}

interface Call {
  connection: string | null;
  type: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
  requestHeaders?: Record<string, string>;
  requestBody?: string;
  responseBody?: string;
  errorCode?: string;
  error?: string;
}

/** One entry through the same SQL the proxy uses (superuser, as the functions' service role would). */
export async function logCall(sql: Sql, orgId: string, call: Call): Promise<string> {
  const [row] = await sql`
    select public.log_api_call(
      p_organization_id => ${orgId}, p_connection_id => ${call.connection}, p_log_type => ${call.type},
      p_method => ${call.method ?? null}, p_path => ${call.path ?? null}, p_status_code => ${call.status ?? null},
      p_duration_ms => ${call.ms ?? null}, p_caller_type => 'service',
      p_request_headers => ${call.requestHeaders ? sql.json(call.requestHeaders) : null},
      p_request_body => ${call.requestBody ?? null}, p_response_body => ${call.responseBody ?? null},
      p_error_code => ${call.errorCode ?? null}, p_error_message => ${call.error ?? null})::text as id`;
  return row!.id as string;
}

/**
 * Seven entries of the tenant: six in the last minutes over two connections, one of each
 * type, method class and status class, and one three days old (outside "last 24 hours").
 */
export async function seedLogs(sql: Sql, tenant: Tenant): Promise<SeededLogs> {
  const [aramex] = await sql`
    insert into public.integration_connections (organization_id, provider_id, name, environment, status)
    select ${tenant.orgId}, p.id, 'Aramex express', 'production', 'active' from public.integration_providers p where p.slug = 'aramex'
    returning id`;
  const aramexId = aramex!.id as string;
  const stripe = tenant.connectionId;
  const log = (call: Call) => logCall(sql, tenant.orgId, call);
  const charge = await log({
    connection: stripe, type: 'request', method: 'GET', path: '/v1/charges?limit=3&api_key=sk_test_supersecret1', status: 200, ms: 120,
    requestHeaders: { authorization: 'Bearer sk_test_supersecret1', 'content-type': 'application/json' },
    requestBody: '{"amount":100,"card_secret":"abcd1234"}', responseBody: '{"id":"ch_1","object":"charge"}',
  });
  const declined = await log({
    connection: stripe, type: 'request', method: 'POST', path: '/v1/payment_intents', status: 402, ms: 340,
    errorCode: 'card_declined', error: 'Your card was declined',
  });
  const timeout = await log({
    connection: aramexId, type: 'error', method: 'GET', path: '/shipments/track', status: 503, ms: 2100,
    errorCode: 'upstream_unavailable', error: 'Upstream timeout after 10 s',
  });
  const webhook = await log({ connection: aramexId, type: 'webhook', method: 'POST', path: '/webhooks/aramex', status: 200, ms: 15 });
  const system = await log({ connection: null, type: 'system', error: 'Log partitions prepared' });
  const redirect = await log({ connection: stripe, type: 'response', method: 'DELETE', path: '/v1/customers/cus_1', status: 302, ms: 60 });
  const [old] = await sql`
    insert into public.integration_logs (organization_id, connection_id, log_type, method, path, status_code, duration_ms, created_at)
    values (${tenant.orgId}, ${stripe}, 'request', 'GET', '/v1/balance', 200, 80, now() - interval '3 days')
    returning id::text as id`;
  return { aramexId, ids: { charge, declined, timeout, webhook, system, redirect, old: old!.id as string } };
}
