import { HttpError } from '../http/errors.ts';
import { resolveBaseUrl } from '../outbound/base-url.ts';
import { sendOutbound } from '../outbound/send.ts';
import type { GatewayContext } from './gateway.ts';
import { refused, timedOut, unavailable } from './provider-call-error.ts';

export interface ProviderRequest {
  method: 'GET' | 'POST';
  /** Relative to the connection's base URL, or absolute (a link the provider handed out). */
  path: string | URL;
  headers?: Record<string, string>;
  body?: Uint8Array | null;
  /** The provider's own words from an error body; null when it has none. */
  errorMessage: (body: unknown) => string | null;
}

const MAX_RESPONSE_BYTES = 1_000_000;

/**
 * One JSON call to a payment provider through the shared outbound layer (credentials,
 * cached OAuth tokens, SSRF guard, timeout), with every failure turned into what the
 * payment should answer: 4xx → refused with the provider's message, 5xx/429/network →
 * unavailable, no answer in time → timeout. Configuration problems stay 409s.
 */
export async function providerRequest(ctx: GatewayContext, request: ProviderRequest): Promise<unknown> {
  const name = ctx.provider.name;
  const url = request.path instanceof URL ? request.path : new URL(`${resolveBaseUrl(ctx.provider, ctx.connection, ctx.secrets)}${request.path}`);
  const headers = new Headers({ accept: 'application/json', ...request.headers });
  const outcome = await sendOutbound(
    { ...ctx.deps, connectionId: ctx.connection.id },
    ctx.provider,
    ctx.connection,
    ctx.secrets,
    { method: request.method, url, headers, body: request.body ?? null },
    ctx.timeoutMs,
    { keepBody: true },
  );
  switch (outcome.kind) {
    case 'timeout':
      throw timedOut(name, ctx.timeoutMs);
    case 'connection':
      throw unavailable(name, outcome.detail);
    case 'refused':
    case 'credentials':
      throw new HttpError('conflict', `The ${name} connection cannot be used: ${outcome.detail}`);
  }
  const { httpStatus, response } = outcome;
  if (!response) {
    // Only a token endpoint failure comes back without a body.
    if (httpStatus === 401 || httpStatus === 403) throw refused(name, `the connection's credentials were not accepted (HTTP ${httpStatus})`);
    throw unavailable(name, `token endpoint HTTP ${httpStatus}`);
  }
  // The call's timeout covers reading the answer, then stops.
  const body = await readBody(response, name, ctx.timeoutMs).finally(() => outcome.settle?.());
  if (httpStatus >= 500 || httpStatus === 429) throw unavailable(name, `HTTP ${httpStatus}`);
  if (httpStatus >= 400) throw refused(name, request.errorMessage(body), httpStatus);
  if (httpStatus >= 300) throw unavailable(name, `unexpected redirect (HTTP ${httpStatus})`);
  return body;
}

async function readBody(response: Response, name: string, timeoutMs: number): Promise<unknown> {
  let text: string;
  try {
    text = await response.text();
  } catch (err) {
    // The outbound timeout also aborts a body still arriving.
    if (err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError')) throw timedOut(name, timeoutMs);
    throw unavailable(name, 'the answer was cut off');
  }
  if (text.length > MAX_RESPONSE_BYTES) throw unavailable(name, 'the answer was too large');
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    return { raw: text.slice(0, 200) };
  }
}

/** A JSON object's field, or undefined; provider bodies are untrusted shapes. */
export function field(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function text(value: unknown, ...path: (string | number)[]): string | null {
  const found = field(value, ...path);
  return typeof found === 'string' && found !== '' ? found : typeof found === 'number' ? String(found) : null;
}

export function jsonBody(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(value));
}
