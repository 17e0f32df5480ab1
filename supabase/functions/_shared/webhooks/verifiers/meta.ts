// Meta (Facebook Pages, Instagram, WhatsApp Cloud API): X-Hub-Signature-256: sha256=<hex>,
// HMAC-SHA256 keyed by the App Secret over the raw body as received. Meta signs its
// escaped-unicode serialisation, so only the raw bytes verify, never a re-serialised body.
// The legacy SHA-1 X-Hub-Signature is deliberately not accepted (no downgrade).
import { fromHex } from '../bytes.ts';
import { hmacVerify, timingSafeEqualText } from '../constant-time.ts';
import { parseJson } from '../parse-body.ts';
import { accept, badSignature, bodyHash, field, malformedHeader, missingHeader, reject } from '../result.ts';
import type { HandshakeResponse, VerifyInput, VerifyResult } from '../types.ts';

const HEADER = 'X-Hub-Signature-256';

export async function verifyMeta(input: VerifyInput): Promise<VerifyResult> {
  const header = input.headers.get(HEADER);
  if (!header) return missingHeader(HEADER);
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(header.trim());
  const mac = match?.[1] ? fromHex(match[1]) : null;
  if (!mac) return malformedHeader(HEADER);
  if (!(await hmacVerify('SHA-256', input.secret, input.rawBody, mac))) return badSignature();

  const parsed = parseJson(input.rawBody);
  if (!parsed.ok) return reject(400, 'body is not valid JSON');
  const object = field(parsed.value, 'object');
  const change = singleChange(parsed.value);
  const eventType = object && change?.field ? `${object}.${change.field}` : object;
  return accept(metaEventId(change) ?? (await bodyHash(input.rawBody)), eventType, parsed.value);
}

interface SingleChange {
  entryId: string | null;
  time: string | null;
  field: string | null;
  value: unknown;
}

const list = (value: unknown, key: string): unknown[] | null => {
  const v = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) ? v : null;
};

/** The one entry/change of an unbatched delivery; batches are deduped by body hash. */
function singleChange(payload: unknown): SingleChange | null {
  const entries = list(payload, 'entry');
  if (entries?.length !== 1) return null;
  const changes = list(entries[0], 'changes');
  if (changes?.length !== 1) return null;
  const change = changes[0];
  const value = typeof change === 'object' && change !== null ? (change as Record<string, unknown>).value : undefined;
  return { entryId: field(entries[0], 'id'), time: field(entries[0], 'time'), field: field(change, 'field'), value };
}

/**
 * Meta sends no event id: compose one from the entry and the item the change is about
 * (WhatsApp message/status id, comment id, media id …) plus the verb, so "add" and
 * "edited" of one comment stay distinct while a retry of the same delivery collides.
 */
function metaEventId(change: SingleChange | null): string | null {
  if (!change?.entryId || !change.field) return null;
  const v = change.value;
  const messages = list(v, 'messages');
  const statuses = list(v, 'statuses');
  let item: string | null = null;
  if (messages?.length === 1) item = field(messages[0], 'id');
  else if (statuses?.length === 1) item = [field(statuses[0], 'id'), field(statuses[0], 'status')].join(':');
  else if (!messages && !statuses) item = field(v, 'comment_id') ?? field(v, 'media_id') ?? field(v, 'post_id') ?? field(v, 'id');
  if (!item) return null;
  return [change.entryId, change.time ?? '', change.field, item, field(v, 'verb') ?? ''].join(':');
}

/**
 * GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=… on dashboard save: echo the
 * challenge only when the token matches. Send the body as text/plain; the challenge is
 * limited to a safe charset since it is reflected.
 */
export async function metaHandshake(url: URL, verifyToken: string): Promise<HandshakeResponse> {
  const q = url.searchParams;
  const token = q.get('hub.verify_token') ?? '';
  const tokenOk = verifyToken !== '' && (await timingSafeEqualText(token, verifyToken));
  if (q.get('hub.mode') !== 'subscribe' || !tokenOk) return { status: 403, body: 'forbidden', contentType: 'text/plain' };
  const challenge = q.get('hub.challenge') ?? '';
  if (!/^[A-Za-z0-9_.-]{1,256}$/.test(challenge)) return { status: 400, body: 'bad challenge', contentType: 'text/plain' };
  return { status: 200, body: challenge, contentType: 'text/plain' };
}

