import { z } from 'zod';

export const TEST_STATUSES = ['healthy', 'degraded', 'down'] as const;
export type TestStatus = (typeof TEST_STATUSES)[number];

/** The connection-test function's verdict on entered credentials. */
export const testVerdictSchema = z.object({
  status: z.enum(TEST_STATUSES),
  error_class: z.string().nullable(),
  message: z.string(),
  http_status: z.number().nullable(),
  latency_ms: z.number().nullable(),
});
export type TestVerdict = z.infer<typeof testVerdictSchema>;

// Form actions answer a message only, so the verdict travels as "status: message",
// the same shape the hub's "Test now" shows.
export function formatVerdict(verdict: Pick<TestVerdict, 'status' | 'message'>): string {
  return `${verdict.status}: ${verdict.message}`;
}

export function parseVerdict(text: string): { status: TestStatus; message: string } | null {
  const match = /^(healthy|degraded|down): ([\s\S]*)$/.exec(text);
  return match ? { status: match[1] as TestStatus, message: match[2] ?? '' } : null;
}

/** Saving needs an explicit confirmation unless the last test reached the provider with these credentials. */
export function needsConfirmation(status: TestStatus | 'untested'): boolean {
  return status === 'down' || status === 'untested';
}
