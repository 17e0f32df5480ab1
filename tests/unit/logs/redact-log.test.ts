import { describe, expect, it } from 'vitest';
import { redactLogBody, redactLogHeaders, redactLogPath } from '../../../lib/logs/redact-log';
import { likePattern } from '../../../lib/logs/log-filter-sql';

describe('log redaction on display', () => {
  it('hides secret-looking headers and stringifies odd values', () => {
    expect(redactLogHeaders({ Authorization: 'Bearer sk_live_x', 'Content-Type': 'application/json', 'X-Count': 3 })).toEqual({
      authorization: '[redacted]', 'content-type': 'application/json', 'x-count': '3',
    });
    expect(redactLogHeaders(null)).toBeNull();
    expect(redactLogHeaders(['a'])).toBeNull();
  });

  it('hides secret fields in bodies and secret query parameters in paths', () => {
    expect(redactLogBody('{"amount":100,"client_secret":"pi_123_secret_456"}')).toBe('{"amount":100,"client_secret":"[redacted]"}');
    expect(redactLogBody(null)).toBeNull();
    expect(redactLogPath('/v1/orders?page=2&access_token=abcd1234')).toBe('/v1/orders?page=2');
    expect(redactLogPath('/v1/orders')).toBe('/v1/orders');
  });

  it('makes user search text literal inside ILIKE', () => {
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
