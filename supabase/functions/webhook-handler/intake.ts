// POST /webhook-handler/<endpoint_id>: verify over the raw bytes, store, and only then
// answer 2xx. A provider that gets no 2xx retries, so every failure to store is a 5xx.
import { errorResponse } from '../_shared/http/errors.ts';
import { classifyDbError, withTimeout } from '../_shared/webhook-processing/db-errors.ts';
import { publicWebhookUrl } from '../_shared/webhook-processing/public-url.ts';
import { BodyTooLarge, declaredTooLarge, readRawBody } from '../_shared/webhook-processing/raw-body.ts';
import { redactHeaders } from '../_shared/webhook-processing/redact-headers.ts';
import { sha256Hex, utf8 } from '../_shared/webhooks/bytes.ts';
import type { Database } from './database.ts';
import type { EndpointConfig } from './endpoint-config.ts';
import type { Ingest } from './ingest.ts';
import { verifyDelivery } from './verify-delivery.ts';

export interface IntakeDeps {
  db: Database;
  /** The endpoint, cached; `maxAgeMs` forces a fresher copy (see retry below). */
  endpoint: (id: string, maxAgeMs?: number) => Promise<EndpointConfig | null>;
  forget: (id: string) => void;
  ingest: Ingest;
  now: () => number;
  maxBytes: number;
  publicBaseUrl?: string;
  dbTimeoutMs: number;
}

/** The answer when the database could not be used: 503 makes the provider retry later. */
export function dbFailureResponse(db: Database, err: unknown): Response {
  db.failed(err);
  const kind = classifyDbError(err);
  if (kind === 'unavailable') return errorResponse('unavailable', 'The event could not be stored now; retry later.', { 'retry-after': '5' });
  if (kind === 'bad_input') return errorResponse('bad_request', 'The event payload cannot be stored.');
  // Code and message only: a driver error also carries the statement's parameters.
  const e = err as { code?: unknown; message?: unknown };
  console.error('webhook intake:', e?.code ?? '', e?.message ?? String(err));
  return errorResponse('internal', 'Something went wrong on our side.');
}

/** Provider ids longer than the column allows are hashed, so they still dedupe. */
const storableId = async (id: string) => (id.length <= 255 ? id : `sha256:${await sha256Hex(utf8(id))}`);

export function makeIntake(deps: IntakeDeps) {
  return async (req: Request, endpointId: string): Promise<Response> => {
    if (declaredTooLarge(req.headers, deps.maxBytes)) return errorResponse('payload_too_large', `Body over ${deps.maxBytes} bytes.`);
    let endpoint: EndpointConfig | null;
    try {
      endpoint = await withTimeout(deps.endpoint(endpointId), deps.dbTimeoutMs);
    } catch (err) {
      return dbFailureResponse(deps.db, err);
    }
    if (!endpoint) return errorResponse('not_found', 'No such webhook endpoint.');
    if (!endpoint.isActive) return errorResponse('gone', 'This webhook endpoint is disabled.');

    let rawBody: Uint8Array;
    try {
      rawBody = await readRawBody(req, deps.maxBytes);
    } catch (err) {
      if (err instanceof BodyTooLarge) return errorResponse('payload_too_large', `Body over ${deps.maxBytes} bytes.`);
      return errorResponse('bad_request', 'The body could not be read.');
    }
    const url = new URL(req.url);
    const publicUrl = publicWebhookUrl({
      endpointId, requestUrl: url, headers: req.headers, configuredUrl: endpoint.publicUrl, baseUrl: deps.publicBaseUrl,
    });
    const delivery = { rawBody, headers: req.headers, publicUrl, now: deps.now() };
    let result = await verifyDelivery(endpoint, delivery);
    // The secret may have been rotated since it was cached: check once more with a fresh copy.
    if (!result.ok && result.status === 401) {
      const fresh = await withTimeout(deps.endpoint(endpointId, 5_000), deps.dbTimeoutMs).catch(() => null);
      if (fresh && fresh !== endpoint && fresh.isActive) {
        endpoint = fresh;
        result = await verifyDelivery(fresh, delivery);
      }
    }
    if (!result.ok) {
      // Nothing is stored for a rejected delivery; it only counts in the endpoint's stats.
      await withTimeout(deps.db.sql()`select public.count_rejected_webhook(${endpointId})`, deps.dbTimeoutMs).catch((err) => deps.db.failed(err));
      return errorResponse(result.status === 401 ? 'unauthorized' : 'bad_request', `Webhook rejected: ${result.reason}.`);
    }

    try {
      const headers = redactHeaders(req.headers, [endpoint.headerName]);
      const stored = await withTimeout(deps.ingest({
        endpointId, providerEventId: await storableId(result.eventId), eventType: result.eventType, payload: result.payload, headers,
      }), deps.dbTimeoutMs);
      if (!stored) {
        deps.forget(endpointId); // deleted since it was cached
        return errorResponse('not_found', 'No such webhook endpoint.');
      }
      return Response.json({ received: true, duplicate: stored.duplicate });
    } catch (err) {
      return dbFailureResponse(deps.db, err);
    }
  };
}
