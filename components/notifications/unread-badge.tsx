/** The accessible name of the navigation's Notifications link, count included. */
export function notificationsNavLabel(unread: number | null): string {
  if (unread === null) return 'Notifications';
  return `Notifications, ${unread} unread`;
}

/** The unread count next to "Notifications" in the sidebar; nothing when all is read. */
export function UnreadBadge({ count }: { count: number | null }) {
  if (!count) return null;
  return (
    <span
      aria-hidden="true"
      data-test="nav-notifications-unread"
      className="min-w-5 rounded-full bg-rose-500 px-1.5 py-0.5 text-center text-xs font-semibold tabular-nums leading-none text-white"
    >
      {count > 99 ? '99+' : count}
    </span>
  );
}
