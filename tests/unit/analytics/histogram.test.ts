import { describe, expect, it } from 'vitest';
import { HISTOGRAM_EDGES, p95, percentileFromHistogram } from '../../../lib/analytics/histogram';

const empty = () => new Array<number>(12).fill(0);

describe('p95 from the rollup histogram', () => {
  it('has the rollups\' 12 bucket edges', () => {
    expect(HISTOGRAM_EDGES).toEqual([10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, Infinity]);
  });

  it('is null without calls', () => {
    expect(p95(empty())).toBeNull();
  });

  it('interpolates inside the bucket holding the 95th percentile', () => {
    const counts = empty();
    counts[3] = 90; // 50–100 ms
    counts[5] = 10; // 250–500 ms: ranks 91–100, the 95th is the 5th of 10
    expect(p95(counts)).toBe(375);
  });

  it('reads a single call as its bucket\'s upper edge', () => {
    const counts = empty();
    counts[0] = 1;
    expect(p95(counts)).toBe(10);
  });

  it('ends the open last bucket at the largest duration seen', () => {
    const counts = empty();
    counts[11] = 100;
    expect(p95(counts, 50_000)).toBe(49_000);
    expect(p95(counts)).toBe(30_000);
  });

  it('reads other percentiles the same way', () => {
    const counts = empty();
    counts[2] = 50;
    counts[4] = 50;
    expect(percentileFromHistogram(counts, 0.5)).toBe(50);
    expect(percentileFromHistogram(counts, 0.99)).toBe(247);
  });
});
