import { z } from 'zod';

/**
 * The keyset position after a log row: its `created_at` as UTC text with microseconds
 * (a JS Date keeps only milliseconds, which would skip or repeat rows) and its bigint
 * id as digits. Written `<timestamp>~<id>`; `(created_at, id)` is the table's key.
 */
export interface LogCursor {
  at: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const BIGINT = /^[1-9]\d{0,18}$/;

export const logAtSchema = z.string().regex(TIMESTAMP, 'Not a UTC timestamp.');
export const logIdSchema = z.string().regex(BIGINT, 'Not a log id.');

export const logCursorSchema = z
  .string()
  .max(60)
  .transform((raw, ctx): LogCursor => {
    const [at = '', id = '', ...rest] = raw.split('~');
    if (rest.length > 0 || !TIMESTAMP.test(at) || !BIGINT.test(id)) {
      ctx.addIssue({ code: 'custom', message: 'Not a logs cursor.' });
      return z.NEVER;
    }
    return { at, id };
  });

export function encodeLogCursor(cursor: LogCursor): string {
  return `${cursor.at}~${cursor.id}`;
}
