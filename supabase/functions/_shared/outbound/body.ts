import { HttpError } from '../http/errors.ts';
import type { OutboundRequest } from './types.ts';

export const FORM_TYPE = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export function isJsonType(headers: Headers): boolean {
  return /[/+]json\b/i.test(headers.get('content-type') ?? '');
}

/** The request body as a JSON object ({} when empty); other JSON shapes cannot take fields. */
export function readJsonObject(body: Uint8Array | null): Record<string, unknown> {
  const text = body ? decoder.decode(body).trim() : '';
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HttpError('bad_request', 'The request body is not valid JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new HttpError('bad_request', 'The request body must be a JSON object for this provider.');
  }
  return parsed as Record<string, unknown>;
}

/**
 * Sets `fields` (always) and `defaults` (only where absent) in a JSON or form body, picked
 * by the Content-Type; a body without one becomes a form, the classic shape of these APIs.
 */
export function mergeBodyFields(
  request: OutboundRequest,
  fields: Record<string, unknown>,
  defaults: Record<string, unknown> = {},
): OutboundRequest {
  const headers = new Headers(request.headers);
  if (isJsonType(headers)) {
    const merged = { ...defaults, ...readJsonObject(request.body), ...fields };
    return { ...request, headers, body: encoder.encode(JSON.stringify(merged)) };
  }
  const form = new URLSearchParams(request.body ? decoder.decode(request.body) : '');
  for (const [name, value] of Object.entries(defaults)) if (!form.has(name)) form.set(name, formValue(value));
  for (const [name, value] of Object.entries(fields)) form.set(name, formValue(value));
  headers.set('content-type', FORM_TYPE);
  return { ...request, headers, body: encoder.encode(form.toString()) };
}

export function formValue(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

export function encodeJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

export function encodeForm(fields: Record<string, unknown>): Uint8Array {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) form.set(name, formValue(value));
  return encoder.encode(form.toString());
}

/** fetch's BodyInit wants an ArrayBuffer-backed view; ours always are, the type just cannot say so. */
export function toBodyInit(body: Uint8Array | null): BodyInit | null {
  return body as Uint8Array<ArrayBuffer> | null;
}
