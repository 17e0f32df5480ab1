import { describe, expect, it } from 'vitest';
import { normalizeEvent } from '../../../supabase/functions/_shared/webhook-processing/normalize.ts';
import { scanTime, shipmentStatusFrom } from '../../../supabase/functions/_shared/webhook-processing/shipment-status.ts';

const event = (provider: string, eventType: string | null, payload: unknown) =>
  normalizeEvent({ id: 'e1', provider, eventType, payload });

describe('courier tracking', () => {
  it('DHL push: one update per listed shipment, by statusCode', () => {
    const push = { shipments: [
      { id: 'JD014600003', status: { statusCode: 'pre-transit', description: 'Shipment information received', timestamp: '2026-01-01T08:00:00Z' } },
      { id: 'JD014600004', status: { statusCode: 'delivered', description: 'Delivered', timestamp: '2026-01-02T09:30:00+04:00' } },
    ] };
    expect(event('dhl_express', null, push)).toEqual([
      { kind: 'shipment', trackingNumber: 'JD014600003', status: 'label_created', description: 'Shipment information received', occurredAt: '2026-01-01T08:00:00.000Z' },
      { kind: 'shipment', trackingNumber: 'JD014600004', status: 'delivered', description: 'Delivered', occurredAt: '2026-01-02T05:30:00.000Z' },
    ]);
  });
  it('FedEx codes, Aramex .NET dates, SMSA free text', () => {
    expect(event('fedex', null, { trackingNumber: '7946', scanEvent: { eventType: 'OD', eventDescription: 'On FedEx vehicle', date: '2026-01-03T07:00:00Z' } })[0])
      .toMatchObject({ trackingNumber: '7946', status: 'out_for_delivery' });
    expect(event('aramex', null, { WaybillNumber: '4270', UpdateCode: 'SH005', UpdateDescription: 'Delivered', UpdateDateTime: '/Date(1767225600000+0400)/' })[0])
      .toMatchObject({ status: 'delivered', occurredAt: '2026-01-01T00:00:00.000Z' });
    expect(event('smsa', null, { awb: '2900', description: 'Picked up from shipper' })[0]).toMatchObject({ status: 'in_transit', occurredAt: null });
  });
  it('unknown statuses and missing tracking numbers are noted, not applied', () => {
    expect(event('smsa', null, { awb: '2900', code: 'ZZ' })[0]).toMatchObject({ kind: 'ignore' });
    expect(event('fedex', null, { status: 'DL' })[0]).toMatchObject({ kind: 'ignore' });
  });
  it('status vocabulary', () => {
    expect(shipmentStatusFrom(null, 'Delivery attempted - customer not available')).toBe('exception');
    expect(shipmentStatusFrom(null, 'Out for delivery')).toBe('out_for_delivery');
    expect(shipmentStatusFrom('DL', null)).toBe('delivered');
    expect(shipmentStatusFrom(null, 'Shipment label created')).toBe('label_created');
    expect(scanTime('1767225600')).toBe('2026-01-01T00:00:00.000Z');
    expect(scanTime('not a date')).toBeNull();
  });
});

describe('social and orders', () => {
  const meta = (object: string, changes: unknown[]) => ({ object, entry: [{ id: '17841', time: 1767225600, changes }] });
  it('Facebook comments and Instagram comments / mentions notify social activity', () => {
    const fb = meta('page', [{ field: 'feed', value: { item: 'comment', verb: 'add', comment_id: 'c1', message: 'Is the kandura ready?', from: { name: 'Aisha' } } }]);
    expect(event('facebook', 'page.feed', fb)).toEqual([{ kind: 'notification', notificationKind: 'social_activity', title: 'New comment on Facebook', body: 'Aisha: Is the kandura ready?' }]);
    const ig = meta('instagram', [
      { field: 'comments', value: { id: 'c2', text: 'Beautiful!', from: { username: 'omar' } } },
      { field: 'mentions', value: { media_id: 'm1', comment_id: 'c3' } },
    ]);
    expect(event('instagram', null, ig).map((a) => a.kind === 'notification' && a.title)).toEqual(['New comment on Instagram', 'Instagram: you were mentioned']);
  });
  it('likes, edits and other feed items are recorded only', () => {
    const like = meta('page', [{ field: 'feed', value: { item: 'reaction', verb: 'add' } }]);
    expect(event('facebook', 'page.feed', like)).toEqual([{ kind: 'ignore', note: 'no action for facebook page.feed' }]);
  });
  it('a WhatsApp catalogue order is an order event; LinkedIn comments are social', () => {
    const wa = meta('whatsapp_business_account', [{ field: 'messages', value: { messages: [{ from: '9715', type: 'order', order: { product_items: [{}, {}] } }] } }]);
    expect(event('whatsapp_business', null, wa)[0]).toMatchObject({ notificationKind: 'order_event', title: 'New WhatsApp order' });
    expect(event('linkedin', 'ORGANIZATION_SOCIAL_ACTION_NOTIFICATIONS', { action: 'COMMENT' })[0]).toMatchObject({ notificationKind: 'social_activity' });
  });
  it('any provider’s order-like event type becomes an order event; others are noted', () => {
    expect(event('mailchimp', 'orders/create', { id: 'o-5' })[0]).toMatchObject({ notificationKind: 'order_event', body: 'Order o-5' });
    expect(event('twilio', 'delivered', {})).toEqual([{ kind: 'ignore', note: 'no action for twilio delivered' }]);
    expect(event('sendgrid', 'ordered_list', {})[0]).toMatchObject({ kind: 'ignore' });
  });
});
