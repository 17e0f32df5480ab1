import { describe, expect, it } from 'vitest';
import { createApiKeyInputSchema } from '../../../lib/api-keys/api-keys.schema.ts';
import { en } from '../../../lib/i18n/en/index.ts';
import { ar } from '../../../lib/i18n/ar/index.ts';
import { addRateLimitInputSchema, freeWindows, updateRateLimitInputSchema } from '../../../lib/rate-limits/rate-limits.schema.ts';

const A = '11111111-1111-1111-1111-111111111111';
const B = '22222222-2222-2222-2222-222222222222';
const errorKeys = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe('create API key input', () => {
  it('reads comma-joined connection ids and an optional limit', () => {
    expect(createApiKeyInputSchema.parse({ name: ' Billing ', scope: 'selected', connection_ids: `${A},${B}`, rate_limit_per_minute: '60' }))
      .toEqual({ name: 'Billing', scope: 'selected', connection_ids: [A, B], rate_limit_per_minute: 60 });
    expect(createApiKeyInputSchema.parse({ name: 'All', scope: 'all', connection_ids: '', rate_limit_per_minute: '' }))
      .toEqual({ name: 'All', scope: 'all', connection_ids: [], rate_limit_per_minute: undefined });
  });

  it('names the field with a dictionary key for every refusal', () => {
    const r = createApiKeyInputSchema.safeParse({ name: '  ', scope: 'selected', connection_ids: 'nope', rate_limit_per_minute: '1.5' });
    expect(errorKeys(r)).toEqual({ name: 'name', connection_ids: 'connection', rate_limit_per_minute: 'limit' });
    expect(errorKeys(createApiKeyInputSchema.safeParse({ name: 'x', scope: 'selected', connection_ids: '' }))).toEqual({ connection_ids: 'scope' });
    expect(errorKeys(createApiKeyInputSchema.safeParse({ name: 'x', scope: 'all', rate_limit_per_minute: '0' }))).toEqual({ rate_limit_per_minute: 'limit' });
    for (const key of ['name', 'connection', 'limit', 'scope'] as const) expect(en.apiKeys.errors[key]).toBeTruthy();
  });
});

describe('rate limit inputs', () => {
  it('accepts positive integers only', () => {
    expect(addRateLimitInputSchema.parse({ connection_id: A, window_unit: 'hour', max_requests: '500' }).max_requests).toBe(500);
    for (const bad of ['0', '-3', '2.5', 'ten', '']) {
      expect(errorKeys(updateRateLimitInputSchema.safeParse({ id: A, max_requests: bad }))).toEqual({ max_requests: 'limit' });
    }
    expect(errorKeys(addRateLimitInputSchema.safeParse({ connection_id: A, window_unit: 'week', max_requests: '1' }))).toEqual({ window_unit: 'window' });
  });

  it('offers only windows without a limit yet', () => {
    expect(freeWindows(['minute', 'day'])).toEqual(['second', 'hour', 'month']);
    expect(freeWindows(['second', 'minute', 'hour', 'day', 'month'])).toEqual([]);
  });
});

describe('dictionaries', () => {
  it('have Arabic for every window label and message', () => {
    expect(Object.keys(ar.rateLimits.windows).sort()).toEqual(Object.keys(en.rateLimits.windows).sort());
    expect(Object.keys(ar.apiKeys.errors).sort()).toEqual(Object.keys(en.apiKeys.errors).sort());
  });
});
