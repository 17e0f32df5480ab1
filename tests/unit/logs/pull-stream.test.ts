import { describe, expect, it } from 'vitest';
import { pullStream } from '../../../lib/logs/pull-stream';

describe('pullStream', () => {
  it('streams everything the producer writes, in order', async () => {
    const stream = pullStream(async (write) => {
      for (let i = 0; i < 20; i++) await write(`${i},`);
    });
    expect(await new Response(stream).text()).toBe(Array.from({ length: 20 }, (_, i) => `${i},`).join(''));
  });

  it('holds the producer back while nobody reads', async () => {
    let written = 0;
    const stream = pullStream(async (write) => {
      for (let i = 0; i < 100; i++) {
        await write('x');
        written++;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(written).toBeLessThan(10);
    await stream.cancel();
  });

  it('stops the producer when the reader goes away', async () => {
    let failure: unknown;
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const stream = pullStream(async (write) => {
      try {
        for (;;) await write('row\n');
      } catch (error) {
        failure = error;
        release();
        throw error;
      }
    });
    const reader = stream.getReader();
    await reader.read();
    await reader.cancel();
    await done;
    expect(String(failure)).toMatch(/cancelled/);
  });
});
