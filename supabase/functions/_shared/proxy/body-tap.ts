import { HttpError } from '../http/errors.ts';

/** What passed through a tapped body by the time it ended. */
export interface TapResult {
  bytes: number;
  /** The first `keepBytes` bytes, for the (redacted, capped) log copy. */
  head: Uint8Array;
  /** The stream failed (upstream reset or timeout) or the caller went away before the end. */
  incomplete: boolean;
}

/**
 * Passes a body through unchanged while counting it and keeping its start, then reports
 * once when it ends, fails or is cancelled. The proxy streams provider answers this way,
 * so the log is written after the caller has the whole answer, never before.
 */
export function tapBody(body: ReadableStream<Uint8Array>, keepBytes: number, onEnd: (result: TapResult) => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  const head = new Uint8Array(keepBytes);
  let kept = 0;
  let bytes = 0;
  let ended = false;
  const end = (incomplete: boolean) => {
    if (ended) return;
    ended = true;
    onEnd({ bytes, head: head.slice(0, kept), incomplete });
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          controller.close();
          end(false);
          return;
        }
        bytes += value.byteLength;
        if (kept < keepBytes) {
          const take = Math.min(keepBytes - kept, value.byteLength);
          head.set(value.subarray(0, take), kept);
          kept += take;
        }
        controller.enqueue(value);
      } catch (err) {
        controller.error(err);
        end(true);
      }
    },
    async cancel(reason) {
      end(true);
      await reader.cancel(reason).catch(() => {});
    },
  });
}

/**
 * Reads a body whole when it ends within `limit` bytes (most API answers do): the caller
 * then gets it with a Content-Length in one write. Longer bodies come back as a stream
 * that replays what was read and goes on with the rest.
 */
export async function bufferIfSmall(
  body: ReadableStream<Uint8Array>,
  limit: number,
  expectedBytes?: number,
): Promise<{ whole: Uint8Array } | { stream: ReadableStream<Uint8Array> }> {
  // A byte stream (fetch's bodies) is read into one small, growing buffer of ours: a default
  // reader would have the stream allocate a fresh 64 KiB chunk for every read.
  let byob: ReadableStreamBYOBReader | null = null;
  try {
    byob = body.getReader({ mode: 'byob' });
  } catch {
    // Not a byte stream: read it chunk by chunk below.
  }
  if (byob) {
    // One more byte than expected, so the end is seen without growing; never more than limit + 1.
    let buffer = new ArrayBuffer(Math.min(limit + 1, expectedBytes !== undefined && expectedBytes >= 0 ? expectedBytes + 1 : FIRST_READ_BYTES));
    let used = 0;
    for (;;) {
      if (used === buffer.byteLength) {
        if (used > limit) break;
        const grown = new ArrayBuffer(Math.min(limit + 1, buffer.byteLength * 4));
        new Uint8Array(grown).set(new Uint8Array(buffer, 0, used));
        buffer = grown;
      }
      const { done, value } = await byob.read(new Uint8Array(buffer, used, buffer.byteLength - used));
      if (value) {
        buffer = value.buffer as ArrayBuffer;
        used += value.byteLength;
      }
      if (done) return { whole: new Uint8Array(buffer, 0, used) };
    }
    byob.releaseLock();
    return { stream: replayThenRest([new Uint8Array(buffer, 0, used)], body.getReader()) };
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  while (total <= limit) {
    const { done, value } = await reader.read();
    if (done) return { whole: concat(chunks, total) };
    chunks.push(value);
    total += value.byteLength;
  }
  return { stream: replayThenRest(chunks, reader) };
}

/** The first read of a body takes this much; most API answers fit. */
const FIRST_READ_BYTES = 4096;

function replayThenRest(chunks: Uint8Array[], reader: ReadableStreamDefaultReader<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const replay = chunks.shift();
      if (replay) return controller.enqueue(replay);
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Reads a request body of at most `maxBytes`; null when there is none. */
export async function readBodyCapped(req: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!req.body) return null;
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return total === 0 ? null : concat(chunks, total);
}

function tooLarge(maxBytes: number): never {
  throw new HttpError('payload_too_large', `The request body is over ${maxBytes} bytes.`);
}
