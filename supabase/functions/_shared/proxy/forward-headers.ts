// Which headers cross the proxy. Caller → provider: everything but hop-by-hop headers,
// the caller's own credentials and our gateway's headers (the connection's credentials are
// injected later by the outbound layer). Provider → caller: everything but hop-by-hop,
// framing our runtime redoes, cookies and CORS (the gateway sets its own).

const HOP_BY_HOP = ['connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade'];

const NOT_TO_PROVIDER = new Set([
  ...HOP_BY_HOP, 'host', 'content-length', 'expect', 'authorization', 'cookie', 'apikey', 'x-client-info',
  'forwarded', 'x-real-ip', 'via', 'origin', 'referer', 'idempotency-key',
  // fetch negotiates compression itself and hands back decoded bytes.
  'accept-encoding',
]);
const NOT_TO_PROVIDER_PREFIXES = ['x-forwarded-', 'x-hub-', 'x-supabase-', 'x-scheduler-', 'sec-', 'cf-'];

// content-encoding/length: fetch already decoded the body, so they would describe other bytes.
const NOT_TO_CALLER = new Set([...HOP_BY_HOP, 'content-encoding', 'content-length', 'set-cookie', 'set-cookie2']);

/**
 * The caller's headers fit to send on. An idempotency key (`Idempotency-Key`, or the
 * provider's own header name) travels in the provider's own header (Stripe Idempotency-Key,
 * PayPal PayPal-Request-Id); only then is a write safe to retry.
 */
export function headersForProvider(incoming: Headers, idempotencyHeader: string | null): { headers: Headers; idempotent: boolean } {
  const headers = new Headers();
  for (const [name, value] of incoming) {
    if (NOT_TO_PROVIDER.has(name) || NOT_TO_PROVIDER_PREFIXES.some((p) => name.startsWith(p))) continue;
    headers.set(name, value);
  }
  if (!idempotencyHeader) return { headers, idempotent: false };
  const key = incoming.get('idempotency-key') ?? incoming.get(idempotencyHeader);
  if (!key) return { headers, idempotent: false };
  headers.set(idempotencyHeader, key);
  return { headers, idempotent: true };
}

export function headersForCaller(upstream: Headers): Headers {
  const headers = new Headers();
  for (const [name, value] of upstream) {
    if (NOT_TO_CALLER.has(name) || name.startsWith('access-control-')) continue;
    headers.append(name, value);
  }
  return headers;
}
