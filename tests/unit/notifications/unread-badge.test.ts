import { describe, expect, it } from 'vitest';
import { notificationsNavLabel } from '../../../components/notifications/unread-badge';

describe('notificationsNavLabel', () => {
  it('names the link with its unread count', () => {
    expect(notificationsNavLabel(3)).toBe('Notifications, 3 unread');
    expect(notificationsNavLabel(0)).toBe('Notifications, 0 unread');
    expect(notificationsNavLabel(250)).toBe('Notifications, 250 unread');
  });

  it('is just "Notifications" when the count is unknown', () => {
    expect(notificationsNavLabel(null)).toBe('Notifications');
  });
});
