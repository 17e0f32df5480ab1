import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFunctions } from '../../scripts/stack/function-config.ts';
import { startScheduler, type Scheduler } from '../../scripts/stack/scheduler.ts';
import { asActor, superuserSql } from '../support/db.ts';
import { startFakeProvider, type FakeProvider } from '../support/fake-provider.ts';
import { createTenant, type Tenant } from '../support/tenants.ts';
import { testStackConfig } from '../support/test-config.ts';

const sql = superuserSql();
const config = testStackConfig();
let scheduler: Scheduler;
let fake: FakeProvider;
let A: Tenant;
const lines: string[] = [];

beforeAll(async () => {
  fake = await startFakeProvider();
  A = await createTenant(sql, 'scheduler');
  await sql`update public.integration_connections set base_url_override = ${fake.origin} where id = ${A.connectionId}`;
  await asActor(sql, { kind: 'service' }, (tx) => tx`select public.set_credential(${A.connectionId}, 'secret_key', 'sk_test_Scheduled00000000', ${config.CREDENTIALS_ENCRYPTION_KEY}, 'local-1')`, { commit: true });
  // Entries run only when asked, and health checks only for this file's organization: run on
  // their own, they would check (and e-mail) other test files' organizations mid-test.
  scheduler = await startScheduler(config, loadFunctions(), (line) => lines.push(line), { onSchedule: false });
});
afterAll(async () => {
  await scheduler.stop();
  await fake.close();
  await sql.end();
});

describe('local scheduler (stand-in for pg_cron)', () => {
  it('reads its entries from private.schedule', () => {
    expect(scheduler.entries.map((e) => [e.name, e.schedule])).toEqual(expect.arrayContaining([
      ['hub-health-checks', '*/5 * * * *'],
      ['hub-log-partitions', '0 3 * * *'],
    ]));
  });

  it('drives the health monitor with its secret: due connections get checked', async () => {
    await scheduler.runNow('hub-health-checks', { organization_id: A.orgId });
    const [row] = await sql`select health_status, last_health_check_at from public.integration_connections where id = ${A.connectionId}`;
    expect(row!.health_status).toBe('healthy');
    expect(row!.last_health_check_at).not.toBeNull();
    expect(lines.filter((l) => l.includes('hub-health-checks'))).toEqual([]);
  }, 60_000);

  it('runs SQL entries too', async () => {
    await scheduler.runNow('hub-log-partitions');
    expect(lines.filter((l) => l.includes('failed'))).toEqual([]);
  });
});
