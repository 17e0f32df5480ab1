// Signatures are computed over the exact bytes sent, so the body is read raw, and with a
// cap: a sender may not make the function buffer more than the limit.

export const MAX_WEBHOOK_BYTES = 1024 * 1024;

export class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`body over ${limit} bytes`);
  }
}

/** A declared Content-Length over the limit is refused before a byte is read. */
export function declaredTooLarge(headers: Headers, limit: number): boolean {
  const declared = Number(headers.get('content-length') ?? '0');
  return Number.isFinite(declared) && declared > limit;
}

/** Reads at most `limit` bytes; throws BodyTooLarge (and stops reading) past it. */
export async function readRawBody(req: Request, limit: number = MAX_WEBHOOK_BYTES): Promise<Uint8Array> {
  if (declaredTooLarge(req.headers, limit)) throw new BodyTooLarge(limit);
  if (!req.body) return new Uint8Array(0);
  // With a declared length the HTTP framing bounds the body: read it in one native call.
  if (req.headers.has('content-length')) {
    const bytes = new Uint8Array(await req.arrayBuffer());
    if (bytes.byteLength > limit) throw new BodyTooLarge(limit);
    return bytes;
  }
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge(limit);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
