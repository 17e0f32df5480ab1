import 'server-only';
import type { Member } from '@/lib/auth/current-member';
import { withRls } from '@/lib/db/with-rls';
import { countUnreadNotifications } from './notifications';

/**
 * The navigation's unread badge. A failure here is logged and shows no badge rather
 * than taking down every dashboard page with the layout.
 */
export async function unreadCountForNav(member: Member): Promise<number | null> {
  try {
    return await withRls(member.claims, (tx) => countUnreadNotifications(tx, member.organizationId));
  } catch (error) {
    console.error('[notifications] unread count failed', error);
    return null;
  }
}
