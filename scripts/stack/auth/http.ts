import { AuthError, badRequest, unauthorized } from './errors.ts';

/** Request bodies are a few hundred bytes; anything far larger is refused before parsing. */
export const MAX_BODY_BYTES = 64 * 1024;

/** A JSON response; `noStore` for anything that carries tokens. */
export function jsonResponse(body: unknown, status = 200, noStore = false): Response {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (noStore) headers.set('Cache-Control', 'no-store');
  return new Response(JSON.stringify(body), { status, headers });
}

async function readBodyText(req: Request): Promise<string> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

const tooLarge = () => new AuthError(413, 'validation_failed', 'Request body too large');

/** Parses the body as a JSON object, answering GoTrue's 400 bad_json otherwise. */
export async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  const text = await readBodyText(req);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw badRequest('bad_json', 'Could not parse request body as JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('bad_json', 'Could not parse request body as JSON: expected an object');
  }
  return parsed as Record<string, unknown>;
}

/** The bearer token from the Authorization header; 401 no_authorization when absent. */
export function bearerToken(req: Request): string {
  const header = req.headers.get('authorization') ?? '';
  const match = /^bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) throw unauthorized('no_authorization', 'This endpoint requires a valid Bearer token');
  return match[1];
}
