// Meta (Facebook Pages, Instagram, WhatsApp) and LinkedIn pushes: comments and mentions
// become 'social_activity' notifications; a WhatsApp catalogue order is an order event.
// Meta may batch many entries/changes in one delivery: each relevant change counts.
import type { WebhookAction } from '../actions.ts';
import { clip, firstStr, list, str } from '../read-payload.ts';

const NETWORK: Record<string, string> = { page: 'Facebook', instagram: 'Instagram' };

function metaChange(object: string, field: string, value: unknown): WebhookAction | null {
  const network = NETWORK[object];
  const who = firstStr(value, ['from.name', 'from.username']);
  const text = clip(firstStr(value, ['message', 'text']));
  const social = (title: string): WebhookAction => ({
    kind: 'notification', notificationKind: 'social_activity', title, body: [who, text].filter(Boolean).join(': ') || null,
  });
  if (network && object === 'page' && field === 'feed') {
    if (str(value, 'item') !== 'comment' || (str(value, 'verb') ?? 'add') !== 'add') return null;
    return social(`New comment on ${network}`);
  }
  if (network && (field === 'comments' || field === 'live_comments')) return social(`New comment on ${network}`);
  if (network && (field === 'mention' || field === 'mentions')) return social(`${network}: you were mentioned`);
  if (object === 'whatsapp_business_account' && field === 'messages') {
    const orders = list(value, 'messages').filter((m) => str(m, 'type') === 'order');
    if (orders.length === 0) return null;
    const items = orders.reduce<number>((n, m) => n + list(m, 'order.product_items').length, 0);
    return {
      kind: 'notification', notificationKind: 'order_event', title: 'New WhatsApp order',
      body: `${orders.length} order message(s), ${items} item(s) from ${str(orders[0], 'from') ?? 'a customer'}`,
    };
  }
  return null;
}

export function normalizeMeta(payload: unknown): WebhookAction[] {
  const object = str(payload, 'object') ?? '';
  const out: WebhookAction[] = [];
  for (const entry of list(payload, 'entry')) {
    for (const change of list(entry, 'changes')) {
      const action = metaChange(object, str(change, 'field') ?? '', (change as { value?: unknown })?.value);
      if (action) out.push(action);
    }
  }
  return out;
}

/** LinkedIn organization social-action notifications: action COMMENT, SHARE_MENTION, … */
export function normalizeLinkedin(payload: unknown): WebhookAction[] {
  const items = list(payload, 'notifications');
  return (items.length > 0 ? items : [payload]).flatMap((item): WebhookAction[] => {
    const action = (str(item, 'action') ?? '').toUpperCase();
    const kind = action.includes('MENTION') ? 'LinkedIn: you were mentioned' : action.includes('COMMENT') ? 'New comment on LinkedIn' : null;
    if (!kind) return [];
    const body = clip(firstStr(item, ['decoratedGeneratedActivity.comment.text', 'commentText', 'text']));
    return [{ kind: 'notification', notificationKind: 'social_activity', title: kind, body }];
  });
}
