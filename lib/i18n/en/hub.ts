export const hub = {
  lastHealthCheck: 'Last health check',
  never: 'never',
  testNow: 'Test now',
  testing: 'Testing…',
  environment: { production: 'Production', sandbox: 'Sandbox', label: 'Environment: {value}' },
  status: { pending: 'Pending', active: 'Active', error: 'Error', disabled: 'Disabled', label: 'Status: {value}' },
  health: { healthy: 'Healthy', degraded: 'Degraded', down: 'Down', unknown: 'Unknown', label: 'Health: {value}' },
  categories: { payment: 'Payments', shipping: 'Shipping', social: 'Social media', messaging: 'Marketing & messaging' },
  empty: {
    title: 'No connections yet',
    admin: 'No connections yet — use the Setup Wizard to connect a payment, shipping, social or messaging provider.',
    viewer: 'No connections yet — an admin of your organization can use the Setup Wizard to connect a provider.',
    action: 'Open the Setup Wizard',
  },
};
