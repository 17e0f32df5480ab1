import { describe, expect, it } from 'vitest';
import { bufferIfSmall, readBodyCapped, tapBody, type TapResult } from '../../../supabase/functions/_shared/proxy/body-tap.ts';

const streamOf = (...chunks: string[]) => new Response(chunks.join('')).body!;

describe('tapBody', () => {
  it('passes the body through untouched, counting it and keeping its start, and reports once at the end', async () => {
    const results: TapResult[] = [];
    const body = tapBody(streamOf('hello ', 'world'), 4, (r) => results.push(r));
    expect(results).toEqual([]);
    expect(await new Response(body).text()).toBe('hello world');
    expect(results).toEqual([{ bytes: 11, head: new TextEncoder().encode('hell'), incomplete: false }]);
  });

  it('reports an incomplete body when the caller goes away', async () => {
    const results: TapResult[] = [];
    const body = tapBody(streamOf('x'.repeat(100)), 4, (r) => results.push(r));
    await body.cancel();
    expect(results).toEqual([expect.objectContaining({ incomplete: true })]);
  });
});

describe('readBodyCapped', () => {
  const req = (body: string | null) => new Request('http://x/', { method: body === null ? 'GET' : 'POST', body });
  it('reads a body up to the cap and refuses more with 413', async () => {
    expect(await readBodyCapped(req(null), 10)).toBeNull();
    expect(new TextDecoder().decode((await readBodyCapped(req('0123456789'), 10))!)).toBe('0123456789');
    await expect(readBodyCapped(req('0123456789a'), 10)).rejects.toMatchObject({ status: 413, code: 'payload_too_large' });
  });
});

describe('bufferIfSmall', () => {
  /** A byte stream, as fetch's bodies are (read with a BYOB reader), in chunks of `chunk` bytes. */
  const byteStream = (bytes: Uint8Array, chunk: number) => {
    let at = 0;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (at >= bytes.byteLength) {
          controller.close();
          controller.byobRequest?.respond(0); // a read waiting with its own buffer learns of the end
          return;
        }
        controller.enqueue(bytes.slice(at, at + chunk));
        at += chunk;
      },
    });
  };
  const bytesOf = (n: number) => Uint8Array.from({ length: n }, (_, i) => i % 251);
  const whole = async (body: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(body).arrayBuffer());

  it.each([
    ['11 bytes', 11, 11], ['5 KB in 1 KB chunks', 5000, 1000], ['exactly the limit', 65_536, 16_384],
  ])('reads a small byte stream whole: %s', async (_name, size, chunk) => {
    const read = await bufferIfSmall(byteStream(bytesOf(size), chunk), 65_536);
    expect('whole' in read && read.whole).toEqual(bytesOf(size));
  });

  it.each([
    ['one byte over the limit', 65_537, 65_537], ['70 KB in 7 KB chunks', 70_000, 7000],
  ])('streams a larger byte stream, replaying what was read first: %s', async (_name, size, chunk) => {
    const read = await bufferIfSmall(byteStream(bytesOf(size), chunk), 65_536);
    expect('stream' in read).toBe(true);
    expect(await whole((read as { stream: ReadableStream<Uint8Array> }).stream)).toEqual(bytesOf(size));
  });

  it('reads a stream of chunks (not bytes) the same way', async () => {
    const small = await bufferIfSmall(streamOf('hello'), 10);
    expect('whole' in small && new TextDecoder().decode(small.whole)).toBe('hello');
    const large = await bufferIfSmall(streamOf('hello ', 'world, this is long'), 10);
    expect(new TextDecoder().decode(await whole((large as { stream: ReadableStream<Uint8Array> }).stream))).toBe('hello world, this is long');
  });
});
