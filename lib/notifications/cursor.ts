import { z } from 'zod';

/**
 * The keyset position after a row: its `created_at` as UTC text with microseconds
 * (a JS Date keeps only milliseconds, which would skip or repeat rows) and its id,
 * the tie-breaker. Written `<timestamp>~<uuid>`.
 */
export interface NotificationCursor {
  createdAt: string;
  id: string;
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export const cursorSchema = z
  .string()
  .max(100)
  .transform((raw, ctx): NotificationCursor => {
    const [createdAt = '', id = '', ...rest] = raw.split('~');
    if (rest.length > 0 || !TIMESTAMP.test(createdAt) || !z.guid().safeParse(id).success) {
      ctx.addIssue({ code: 'custom', message: 'Not a notifications cursor.' });
      return z.NEVER;
    }
    return { createdAt, id };
  });

export function encodeCursor(cursor: NotificationCursor): string {
  return `${cursor.createdAt}~${cursor.id}`;
}
