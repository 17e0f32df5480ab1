'use client';

import { useI18n } from '@/components/providers/locale-provider';
import { fill } from '@/lib/i18n/fill';
import type { ProviderOption } from '@/lib/connections/provider-option.schema';

/**
 * Where "Connect with <provider>" goes for authorization-code providers. Until the OAuth
 * flow lands, an admin completes consent in the provider's own developer tools and pastes
 * the resulting tokens into the fields below, which the proxy already uses as they are.
 */
export function OAuthConnectSlot({ provider }: { provider: ProviderOption }) {
  const { t } = useI18n();
  if (provider.auth_scheme !== 'oauth2_authorization_code') return null;
  return (
    <div data-test="oauth-connect-slot" className="rounded-lg border border-sky-200 bg-sky-50 p-3 text-sm text-sky-900">
      <p className="font-medium">{t.setupWizard.oauth.title}</p>
      <p className="mt-1">{fill(t.setupWizard.oauth.body, { provider: provider.name })}</p>
    </div>
  );
}
