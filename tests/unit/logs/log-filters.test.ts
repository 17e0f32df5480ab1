import { describe, expect, it } from 'vitest';
import {
  logFilterParams, logFiltersSchema, logListQuerySchema, parseLogFilters,
} from '../../../lib/logs/log-filters.schema';
import { resolveLogWindow } from '../../../lib/logs/log-window';

const CONNECTION = '11111111-1111-1111-1111-111111111111';

describe('log filters', () => {
  it('reads a query string, treating empty values as "no filter" and 24 h as the default range', () => {
    expect(logFiltersSchema.parse({ type: '', status: '5xx', method: 'POST', q: '  timeout ' })).toEqual({
      status: '5xx', method: 'POST', range: '24h', q: 'timeout',
    });
    expect(logFiltersSchema.parse({ q: '   ' })).toEqual({ range: '24h' });
  });

  it.each([
    [{ type: 'debug' }, 'type'],
    [{ status: '6xx' }, 'status'],
    [{ connection: 'not-a-uuid' }, 'connection'],
    [{ method: 'get' }, 'method'],
    [{ range: 'custom', from: '2026-11-01T00:00:00+04:00' }, 'to'],
    [{ range: 'custom', from: '2026-11-02T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'to'],
    [{ range: 'custom', from: '2026-01-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }, 'to'],
    [{ q: 'x'.repeat(201) }, 'q'],
  ])('rejects %j naming %s', (raw, field) => {
    const result = logFiltersSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it('round-trips through query parameters, leaving out defaults and stray custom bounds', () => {
    const filters = logFiltersSchema.parse({ type: 'error', connection: CONNECTION, range: '7d', q: 'a b', from: '2026-11-01T00:00:00Z' });
    const params = logFilterParams(filters);
    expect(params.toString()).toBe(`type=error&connection=${CONNECTION}&range=7d&q=a+b`);
    expect(parseLogFilters(Object.fromEntries(params))).toEqual({ ...filters, from: undefined });
    expect(logFilterParams(logFiltersSchema.parse({})).toString()).toBe('');
  });

  it('falls back to the defaults for a hand-edited URL', () => {
    expect(parseLogFilters({ status: 'teapot', range: ['7d', '1h'] })).toEqual({ range: '24h' });
  });

  it('accepts a cursor only in the list query', () => {
    const cursor = '2026-11-25T10:00:00.123456Z~42';
    expect(logListQuerySchema.parse({ cursor }).cursor).toEqual({ at: '2026-11-25T10:00:00.123456Z', id: '42' });
    expect(logListQuerySchema.safeParse({ cursor: 'nope' }).success).toBe(false);
  });

  it('turns a range into a window: "last …" open-ended, custom bounded', () => {
    const now = new Date('2026-11-25T12:00:00Z');
    expect(resolveLogWindow(logFiltersSchema.parse({ range: '1h' }), now)).toEqual({ from: new Date('2026-11-25T11:00:00Z'), to: null });
    const custom = logFiltersSchema.parse({ range: 'custom', from: '2026-11-20T00:00:00+04:00', to: '2026-11-21T00:00:00+04:00' });
    expect(resolveLogWindow(custom, now)).toEqual({ from: new Date('2026-11-19T20:00:00Z'), to: new Date('2026-11-20T20:00:00Z') });
  });
});
