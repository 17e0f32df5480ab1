import { describe, expect, it } from 'vitest';
import { dubaiInputToIso, isoToDubaiInput } from '../../../lib/logs/dubai-input';
import { durationClasses, methodClasses, statusClassOf } from '../../../lib/logs/log-presentation';

describe('log presentation', () => {
  it('classifies statuses', () => {
    expect([199, 200, 302, 404, 503, 600, null].map(statusClassOf)).toEqual([null, '2xx', '3xx', '4xx', '5xx', null, null]);
  });

  it('colours methods, with a neutral colour for the rest', () => {
    expect(methodClasses('GET')).toContain('emerald');
    expect(methodClasses('DELETE')).toContain('rose');
    expect(methodClasses('OPTIONS')).toContain('slate');
  });

  it('marks slow and very slow responses', () => {
    expect(durationClasses(120)).toBe('text-slate-700');
    expect(durationClasses(2500)).toContain('amber');
    expect(durationClasses(6000)).toContain('rose');
  });

  it('converts datetime-local values in Dubai time both ways', () => {
    expect(dubaiInputToIso('2026-11-25T14:30')).toBe('2026-11-25T14:30:00+04:00');
    expect(dubaiInputToIso('2026-11-25')).toBeUndefined();
    expect(isoToDubaiInput('2026-11-25T10:30:00Z')).toBe('2026-11-25T14:30');
  });
});
