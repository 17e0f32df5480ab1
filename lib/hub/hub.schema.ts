import { z } from 'zod';
import { connectionListRowSchema } from '@/lib/db/connections.schema';

const count = z.number().int().nonnegative();

/** GET /api/hub's answer; dates travel as ISO strings and are coerced back. */
export const hubDataSchema = z.object({
  stats: z.object({
    total: count,
    active: count,
    errors: count,
    health: z.object({ healthy: count, degraded: count, down: count, unknown: count }),
  }),
  connections: z.array(connectionListRowSchema),
});

export type HubData = z.output<typeof hubDataSchema>;
