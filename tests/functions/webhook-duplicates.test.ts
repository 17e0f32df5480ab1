import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { superuserSql } from '../support/db.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { createWebhookEndpoint, send, stripeDelivery, stripeEvent, webhookUrl, type EndpointFixture } from '../unit/webhook-processing/webhook-fixtures.ts';

const stack = inject('stack');
const sql = superuserSql();
const SECRET = 'whsec_duplicate_storm_secret';
const EVENTS = 200;
const COPIES = 10;
let A: Tenant;
let stripe: EndpointFixture;
const run = randomUUID().slice(0, 8);

beforeAll(async () => {
  A = await createTenant(sql, 'webhook-storm');
  stripe = await createWebhookEndpoint(sql, { orgId: A.orgId, slug: 'stripe', credentials: { webhook_signing_secret: SECRET }, credentialsKey: stack.credentialsKey });
  for (let i = 0; i < EVENTS; i++) {
    await sql`
      insert into public.payments (organization_id, connection_id, amount_fils, currency, order_reference, idempotency_key, status, provider_payment_id, requested_by_type)
      values (${A.orgId}, ${stripe.connectionId}, 5000, 'AED', ${`ORD-${i}`}, ${`storm-${run}-${i}`}, 'processing', ${`pi_storm_${run}_${i}`}, 'service')`;
  }
});
afterAll(() => sql.end());

describe('duplicate storm', () => {
  it(`${EVENTS} events each sent ${COPIES} times at once → exactly ${EVENTS} rows, each processed once`, async () => {
    const url = webhookUrl(stack.apiUrl, stripe.endpointId);
    const answers: Array<{ status: number; duplicate: unknown }> = [];
    // 20 events at a time, each with its 10 copies in flight together: 200 concurrent requests.
    for (let start = 0; start < EVENTS; start += 20) {
      await Promise.all(Array.from({ length: 20 }, async (_, k) => {
        const i = start + k;
        const delivery = stripeDelivery(SECRET, stripeEvent(`evt_storm_${run}_${i}`, 'payment_intent.succeeded', { id: `pi_storm_${run}_${i}` }));
        const copies = await Promise.all(Array.from({ length: COPIES }, () => send(url, delivery)));
        answers.push(...copies.map((c) => ({ status: c.status, duplicate: c.body.duplicate })));
      }));
    }
    expect(answers.filter((a) => a.status === 200)).toHaveLength(EVENTS * COPIES);
    expect(answers.filter((a) => a.duplicate === false)).toHaveLength(EVENTS);
    // Concurrent deliveries are stored in batches: each row still holds its own payload.
    const stored = await sql`select provider_event_id, payload->'data'->'object'->>'id' as pi from public.webhook_events where endpoint_id = ${stripe.endpointId}`;
    expect(stored).toHaveLength(EVENTS);
    expect(stored.every((r) => r.pi === r.provider_event_id.replace('evt_storm_', 'pi_storm_'))).toBe(true);

    // Two workers at once, as overlapping scheduler runs would be: SKIP LOCKED keeps them apart.
    const worker = () => fetch(`${stack.apiUrl}/functions/v1/webhook-handler/_worker`, {
      method: 'POST', headers: { authorization: `Bearer ${stack.serviceRoleKey}` }, body: JSON.stringify({ limit: 50, organization_id: A.orgId }),
    }).then((r) => r.json());
    for (let i = 0; i < 20; i++) {
      const [a, b] = await Promise.all([worker(), worker()]);
      if (a.claimed + b.claimed === 0) break;
    }
    const rows = await sql`select status, attempts, count(*)::int as n from public.webhook_events
      where endpoint_id = ${stripe.endpointId} group by 1, 2`;
    expect(rows).toEqual([{ status: 'processed', attempts: 1, n: EVENTS }]);
    const history = await sql`select count(*)::int as n from public.payment_status_history h join public.payments p on p.id = h.payment_id
      where p.connection_id = ${stripe.connectionId} and h.source = 'webhook' and h.to_status = 'succeeded'`;
    expect(history[0]!.n).toBe(EVENTS);
  }, 60_000);
});
