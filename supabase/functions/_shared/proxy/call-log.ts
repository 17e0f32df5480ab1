import { HttpError } from '../http/errors.ts';
import type { ProxyCaller } from '../api-keys/caller.ts';
import { bodyForLog, headersForLog, pathForLog, type LogEntry } from './log-entry.ts';
import type { TapResult } from './body-tap.ts';

/**
 * The facts of one proxied call, gathered as the call proceeds and handed over once at its
 * end. The entry itself (redaction included) is built later by the log writer, off the
 * response path. Nothing is logged before the organization is known: a caller who may not
 * learn that a connection exists leaves no trace in its organization's log.
 */
export class CallLog {
  organizationId: string | null = null;
  caller: ProxyCaller | null = null;
  callerId: string | null = null;
  secrets: string[] = [];
  requestHeaders: Headers | null = null;
  requestBody: Uint8Array | null = null;
  #done = false;

  constructor(
    private readonly sink: (entry: () => LogEntry) => void,
    readonly call: { connectionId: string; method: string; pathAndQuery: string; ip: string | null; started: number; requestType: string | null },
  ) {}

  /** The provider answered; `tap` says how much of the body reached the caller. */
  response(status: number, headers: Headers, tap: TapResult, headersAtMs: number): void {
    const incomplete = tap.incomplete ? 'response_incomplete' : null;
    this.#write(() => ({
      log_type: 'response',
      status_code: status,
      duration_ms: headersAtMs,
      response_bytes: tap.bytes,
      response_headers: headersForLog(headers),
      response_body: bodyForLog(tap.head, headers.get('content-type'), this.secrets),
      error_code: status === 429 ? 'provider_rate_limited' : incomplete,
      error_message: incomplete && 'The answer did not reach the caller whole (timeout, provider reset or caller gone).',
    }));
  }

  /** The hub answered with an error instead (refused, limited, provider unreachable…). */
  error(status: number, err: unknown): void {
    const known = err instanceof HttpError;
    const durationMs = performance.now() - this.call.started;
    this.#write(() => ({
      log_type: 'error',
      status_code: status,
      duration_ms: durationMs,
      response_bytes: null,
      response_headers: null,
      response_body: null,
      error_code: known ? err.code : 'internal',
      error_message: known ? err.message : 'Unexpected error in the proxy.',
    }));
  }

  /** `outcomeOf` runs with the rest of the entry, in the log writer, not on the response path. */
  #write(outcomeOf: () => Pick<LogEntry, 'log_type' | 'status_code' | 'duration_ms' | 'response_bytes' | 'response_headers' | 'response_body' | 'error_code' | 'error_message'>): void {
    if (this.#done || !this.organizationId || !this.caller) return;
    this.#done = true;
    const [organizationId, caller] = [this.organizationId, this.caller];
    this.sink(() => {
      const outcome = outcomeOf();
      return {
        ...outcome,
        duration_ms: Math.max(0, Math.round(outcome.duration_ms)),
        organization_id: organizationId,
        connection_id: this.call.connectionId,
        method: this.call.method,
        path: pathForLog(this.call.pathAndQuery, this.secrets),
        request_bytes: this.requestBody?.byteLength ?? 0,
        caller_type: caller.kind,
        caller_id: this.callerId,
        ip: this.call.ip,
        request_headers: headersForLog(this.requestHeaders),
        request_body: bodyForLog(this.requestBody, this.call.requestType, this.secrets),
      };
    });
  }
}
