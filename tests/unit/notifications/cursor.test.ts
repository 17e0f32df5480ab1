import { describe, expect, it } from 'vitest';
import { cursorSchema, encodeCursor } from '../../../lib/notifications/cursor';

const ID = '33333333-3333-3333-3333-333333333333';

describe('notifications keyset cursor', () => {
  it('round-trips a microsecond timestamp and an id exactly', () => {
    const cursor = { createdAt: '2026-11-25T20:30:05.123456Z', id: ID };
    expect(cursorSchema.parse(encodeCursor(cursor))).toEqual(cursor);
  });

  it('accepts whole seconds', () => {
    expect(cursorSchema.parse(`2026-11-25T20:30:05Z~${ID}`).createdAt).toBe('2026-11-25T20:30:05Z');
  });

  it.each([
    '',
    ID,
    `2026-11-25T20:30:05.123456Z`,
    `2026-11-25 20:30:05~${ID}`,
    `2026-11-25T20:30:05+04:00~${ID}`,
    `2026-11-25T20:30:05Z~not-a-uuid`,
    `2026-11-25T20:30:05Z~${ID}~extra`,
    `2026-11-25T20:30:05Z'; select 1 --~${ID}`,
  ])('refuses %j', (raw) => {
    expect(cursorSchema.safeParse(raw).success).toBe(false);
  });
});
