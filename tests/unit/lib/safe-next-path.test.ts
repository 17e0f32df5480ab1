import { describe, it, expect } from 'vitest';
import { safeNextPath } from '../../../lib/auth/safe-next-path';

describe('safeNextPath', () => {
  it('keeps same-site relative paths with query and hash', () => {
    expect(safeNextPath('/integrations/logs?page=2#top')).toBe('/integrations/logs?page=2#top');
  });

  it('falls back to /integrations when absent or not a string', () => {
    expect(safeNextPath(undefined)).toBe('/integrations');
    expect(safeNextPath('')).toBe('/integrations');
    expect(safeNextPath(['/integrations/logs'])).toBe('/integrations');
  });

  it.each([
    'https://evil.example/',
    '//evil.example/path',
    '/\\evil.example',
    '/\\/evil.example',
    'javascript:alert(1)',
    'integrations',
    '/\tevil',
    '/%0a/evil',
  ])('refuses %s', (raw) => {
    const result = safeNextPath(raw);
    expect(result.startsWith('/')).toBe(true);
    expect(result.startsWith('//')).toBe(false);
    expect(new URL(result, 'http://hub.test').origin).toBe('http://hub.test');
  });

  it('does not loop back to the sign-in page', () => {
    expect(safeNextPath('/sign-in?next=/integrations')).toBe('/integrations');
  });
});
