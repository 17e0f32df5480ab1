import { describe, expect, it } from 'vitest';
import { encodeLogCursor, logCursorSchema } from '../../../lib/logs/log-cursor';

describe('logs keyset cursor', () => {
  it('round-trips a microsecond timestamp and a bigint id exactly', () => {
    const cursor = { at: '2026-11-25T20:30:05.123456Z', id: '9007199254740993' };
    expect(logCursorSchema.parse(encodeLogCursor(cursor))).toEqual(cursor);
  });

  it.each(['', '42', '2026-11-25T20:30:05Z', '2026-11-25T20:30:05Z~', '2026-11-25T20:30:05Z~0', '2026-11-25T20:30:05Z~-1',
    '2026-11-25 20:30:05~1', '2026-11-25T20:30:05Z~1~2', `2026-11-25T20:30:05Z~${'9'.repeat(20)}`])('rejects %j', (raw) => {
    expect(logCursorSchema.safeParse(raw).success).toBe(false);
  });
});
