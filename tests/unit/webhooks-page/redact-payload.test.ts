import { describe, expect, it } from 'vitest';
import { MAX_PRETTY_CHARS, prettyPayload, redactPayload } from '../../../lib/webhooks/redact-payload';
import { defaultEventTypes, groupOf, isWebhookEventType, WEBHOOK_EVENT_TYPES } from '../../../lib/webhooks/event-types';

describe('webhook payloads on the page', () => {
  it('hide secret-looking values at any depth and keep the rest', () => {
    const payload = {
      id: 'evt_1',
      data: { object: { id: 'pi_1', client_secret: 'pi_1_secret_abc', amount: 30000, shipping: { name: 'A' } } },
      items: [{ api_key: 'k-123456', sku: 'S1' }],
      credentials: { user: 'u', pass: 'p' },
      token: null,
    };
    expect(redactPayload(payload)).toEqual({
      id: 'evt_1',
      data: { object: { id: 'pi_1', client_secret: '[redacted]', amount: 30000, shipping: { name: 'A' } } },
      items: [{ api_key: '[redacted]', sku: 'S1' }],
      credentials: '[redacted]',
      token: null,
    });
  });

  it('pretty-print, and cap what a huge delivery puts on the page', () => {
    expect(prettyPayload({ a: 1 })).toEqual({ text: '{\n  "a": 1\n}', truncated: false });
    expect(prettyPayload(null).text).toBe('null');
    const big = prettyPayload({ blob: 'x'.repeat(MAX_PRETTY_CHARS * 2) });
    expect(big.truncated).toBe(true);
    expect(big.text).toHaveLength(MAX_PRETTY_CHARS);
  });
});

describe('webhook event types', () => {
  it('are the ten the owner named, in four groups', () => {
    expect(WEBHOOK_EVENT_TYPES).toHaveLength(10);
    expect(new Set(WEBHOOK_EVENT_TYPES.map(groupOf))).toEqual(new Set(['payment', 'shipping', 'social', 'order']));
    expect(isWebhookEventType('payment.refunded')).toBe(true);
    expect(isWebhookEventType('payment.exploded')).toBe(false);
  });

  it('default to what the provider kind sends', () => {
    expect(defaultEventTypes('payment')).toEqual(['payment.succeeded', 'payment.failed', 'payment.refunded']);
    expect(defaultEventTypes('shipping')).toEqual(['shipping.label_created', 'shipping.in_transit', 'shipping.delivered']);
    expect(defaultEventTypes('messaging')).toEqual(['order.created', 'order.updated']);
  });
});
