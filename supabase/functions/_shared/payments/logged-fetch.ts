import { tapBody } from '../proxy/body-tap.ts';
import { bodyForLog, headersForLog, pathForLog, REDACT_WINDOW_BYTES, type LogEntry } from '../proxy/log-entry.ts';

/** Whose provider calls these are, for their rows in integration_logs. */
export interface ProviderCallOwner {
  organizationId: string;
  connectionId: string;
  callerType: LogEntry['caller_type'];
  callerId: string | null;
  ip: string | null;
  /** Redacted from paths, headers and bodies wherever they appear. */
  secrets: string[];
}

const encoder = new TextEncoder();

/** The bytes of a request body as the gateways send them (JSON or form text, bytes). */
function bodyBytes(body: BodyInit | null | undefined): Uint8Array | null {
  if (body === null || body === undefined) return null;
  if (typeof body === 'string' || body instanceof URLSearchParams) return encoder.encode(String(body));
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return null; // a stream or form data: described by its absence
}

/**
 * A fetch for one payment gateway call that writes every provider request it makes (token
 * requests included) to integration_logs, as the proxy's calls are: method, path, status,
 * duration, sizes, the caller, and redacted, capped headers and bodies. The answer is
 * copied for the log and read in the background; the gateway reads the original.
 */
export function loggedFetch(fetchFn: typeof fetch, owner: ProviderCallOwner, sink: (entry: () => LogEntry) => void): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const started = performance.now();
    const url = new URL(input instanceof Request ? input.url : input);
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const requestHeaders = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    const requestBody = bodyBytes(init?.body);
    const base = () => ({
      organization_id: owner.organizationId,
      connection_id: owner.connectionId,
      method,
      path: pathForLog(`${url.pathname}${url.search}`, owner.secrets),
      request_bytes: requestBody?.byteLength ?? 0,
      caller_type: owner.callerType,
      caller_id: owner.callerId,
      ip: owner.ip,
      request_headers: headersForLog(requestHeaders),
      request_body: bodyForLog(requestBody, requestHeaders.get('content-type'), owner.secrets),
    });
    let response: Response;
    try {
      response = await fetchFn(input, init);
    } catch (err) {
      const durationMs = Math.round(performance.now() - started);
      const timedOut = err instanceof DOMException && err.name === 'TimeoutError';
      sink(() => ({
        ...base(), log_type: 'error', status_code: null, duration_ms: durationMs, response_bytes: null,
        response_headers: null, response_body: null,
        error_code: timedOut ? 'provider_timeout' : 'provider_unreachable',
        error_message: timedOut ? 'The provider did not answer in time.' : 'The provider could not be reached.',
      }));
      throw err;
    }
    const durationMs = Math.round(performance.now() - started);
    // A copy of the answer, tapped as the proxy taps its answers, read to its end for the log.
    const copy = response.clone().body ?? new ReadableStream<Uint8Array>({ start: (controller) => controller.close() });
    const logged = tapBody(copy, REDACT_WINDOW_BYTES, (tap) => sink(() => ({
      ...base(), log_type: 'response', status_code: response.status, duration_ms: durationMs, response_bytes: tap.bytes,
      response_headers: headersForLog(response.headers),
      response_body: bodyForLog(tap.head, response.headers.get('content-type'), owner.secrets),
      error_code: response.status === 429 ? 'provider_rate_limited' : null, error_message: null,
    })));
    void logged.pipeTo(new WritableStream()).catch(() => {});
    return response;
  };
}
