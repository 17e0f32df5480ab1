export const common = {
  brand: 'Integrations Hub',
  loading: 'Loading…',
  retry: 'Try again',
  none: '—',
  dubaiTime: 'Times are shown in Dubai time (GST).',
  sessionExpired: 'Your session has ended. Sign in again to continue.',
  signIn: 'Sign in',
  loadFailed: 'Something went wrong on our side. Please try again; if it keeps happening, contact support.',
  /** Health verdicts, drawn from the check's class and figures rather than the monitor's English text. */
  verdicts: {
    healthy: 'HTTP {status} in {ms} ms',
    slow: 'Slow: answered in {ms} ms',
    rate_limited: 'The provider is rate limiting this connection (HTTP 429)',
    server_error: 'The provider failed (HTTP {status})',
    unexpected_status: 'Unexpected answer (HTTP {status})',
    auth: 'The provider refused the credentials (HTTP {status}): check them',
    timeout: 'No answer within {s} s',
    connection: 'Could not connect to the provider',
    credentials_missing: 'Credentials incomplete',
    refused: 'Refused by the outbound rules',
  } as Record<string, string>,
  /** A function's refusal by its code (functionErrorMessage; English shows the function's own sentence). */
  functionErrors: {
    bad_request: 'The request is not valid',
    unauthorized: 'Sign in again',
    forbidden: 'You are not allowed to do this',
    not_found: 'Not found',
    method_not_allowed: 'Not supported',
    conflict: 'This cannot be done in the current state',
    gone: 'No longer available',
    payload_too_large: 'What was sent is too large',
    provider_refused: 'The provider refused the request',
    rate_limited: 'A rate limit was reached; try again later',
    internal: 'Something went wrong on our side',
    provider_failed: 'The provider could not be reached',
    unavailable: 'The service is unavailable for now',
    provider_timeout: 'The provider did not answer in time',
  } as Record<string, string>,
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
