import { describe, expect, it } from 'vitest';
import { readBodyCapped, tapBody, type TapResult } from '../../../supabase/functions/_shared/proxy/body-tap.ts';

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
