import { HttpError } from './errors.ts';

/** Reads a JSON body of at most maxBytes; an empty body is `{}`. */
export async function readJson(req: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new HttpError('payload_too_large', `Body over ${maxBytes} bytes.`);
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > maxBytes) throw new HttpError('payload_too_large', `Body over ${maxBytes} bytes.`);
  if (bytes.byteLength === 0) return {};
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new HttpError('bad_request', 'The body is not valid JSON.');
  }
}
