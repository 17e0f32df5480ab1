import { assertTokenNotExpired, requireHeaderSecret } from '../credentials.ts';
import type { ProviderSlug } from '../../providers/provider.schema.ts';
import { withHeaders, type AuthHandler } from './scheme.ts';

// The credential field each bearer provider sends; everything else uses `access_token`.
const BEARER_FIELD: Partial<Record<ProviderSlug, string>> = {
  stripe: 'secret_key',
  sendgrid: 'api_key',
};

export function bearerField(slug: ProviderSlug): string {
  return BEARER_FIELD[slug] ?? 'access_token';
}

/** `Authorization: Bearer <secret>`; user tokens (Meta) also honour access_token_expires_at. */
export const authorizeBearer: AuthHandler = (provider, secrets, request, deps) => {
  const field = bearerField(provider.slug);
  if (field === 'access_token') assertTokenNotExpired(secrets, deps.now());
  return withHeaders(request, { authorization: `Bearer ${requireHeaderSecret(secrets, field)}` });
};
