import type { ProviderOption } from '@/lib/connections/provider-option.schema';

/**
 * Where "Connect with <provider>" goes for authorization-code providers. Until the OAuth
 * flow lands, an admin completes consent in the provider's own developer tools and pastes
 * the resulting tokens into the fields below, which the proxy already uses as they are.
 */
export function OAuthConnectSlot({ provider }: { provider: ProviderOption }) {
  if (provider.auth_scheme !== 'oauth2_authorization_code') return null;
  return (
    <div data-test="oauth-connect-slot" className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
      <p className="font-medium">Signs in with OAuth</p>
      <p className="mt-1">
        Generate an access token (and a refresh token, if your app has one) for your {provider.name} app in its developer
        portal, then paste them below with the app&apos;s client details. They are encrypted like every other secret.
      </p>
    </div>
  );
}
