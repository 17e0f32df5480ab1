import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from '../../../lib/logs/csv';
import { exportLine } from '../../../lib/logs/log-export';

describe('CSV export', () => {
  it('quotes cells with commas, quotes and line breaks per RFC 4180', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-12)).toBe('-12');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3')).toBe("'-2+3");
  });

  it('writes a log row with Dubai and UTC time and a redacted path', () => {
    const line = exportLine({
      id: '7', at: '2026-11-25T20:30:05.123456Z', log_type: 'request', connection_name: 'Stripe, main', method: 'GET',
      path: '/v1/charges?limit=3&api_key=sk_live_123456', status_code: 200, duration_ms: 120, error_code: null, error_message: null,
    });
    expect(line).toBe(csvLine(['26/11/2026 00:30:05', '2026-11-25T20:30:05.123456Z', '7', 'request', 'Stripe, main', 'GET',
      '/v1/charges?limit=3', 200, 120, null, null]));
    expect(line.endsWith('\r\n')).toBe(true);
  });
});
