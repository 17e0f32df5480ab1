// Parses "t=1700000000,v1=abc,v1=def,v0=..." style headers (Stripe, TikTok) into a
// timestamp and the signatures under one scheme; other schemes are ignored, never used.

export interface SignedHeader {
  timestamp: number;
  signatures: string[];
}

/** null when there is no numeric t= or no signature under `scheme`. */
export function parseSignedHeader(header: string, scheme: string): SignedHeader | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const item of header.split(',')) {
    const eq = item.indexOf('=');
    if (eq < 0) continue;
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = Number(value);
    else if (key === scheme && value !== '') signatures.push(value);
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/** Where a signed timestamp sits relative to now: too old, too far ahead, or fine. */
export function timestampProblem(timestampSeconds: number, nowMs: number, toleranceSeconds: number): string | null {
  if (toleranceSeconds <= 0) return null;
  const age = Math.floor(nowMs / 1000) - timestampSeconds;
  if (age > toleranceSeconds) return 'timestamp is older than the tolerance';
  if (-age > toleranceSeconds) return 'timestamp is further in the future than the tolerance';
  return null;
}
