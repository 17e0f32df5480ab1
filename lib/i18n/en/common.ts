export const common = {
  brand: 'Integrations Hub',
  loading: 'Loading…',
  retry: 'Try again',
  none: '—',
  dubaiTime: 'Times are shown in Dubai time (GST).',
  sessionExpired: 'Your session has ended. Sign in again to continue.',
  signIn: 'Sign in',
  loadFailed: 'Something went wrong on our side. Please try again; if it keeps happening, contact support.',
  locale: { switchTo: 'العربية', switchLabel: 'Switch the dashboard to Arabic' },
};

export const nav = {
  section: 'Integrations & APIs',
  links: {
    '/integrations': 'Integration Hub',
    '/integrations/setup': 'Setup Wizard',
    '/integrations/logs': 'API Logs',
    '/integrations/webhooks': 'Webhooks',
    '/integrations/analytics': 'Analytics',
    '/integrations/payments': 'Payments',
    '/integrations/api-keys': 'API keys',
    '/integrations/notifications': 'Notifications',
  } as Record<string, string>,
  notificationsUnread: 'Notifications, {count} unread',
};

export const account = {
  label: 'Signed-in account',
  role: 'Role:',
  roles: { viewer: 'Viewer', admin: 'Admin', super_admin: 'Super admin' },
  signOut: 'Sign out',
};
