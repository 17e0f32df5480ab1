import { requireSecret } from '../credentials.ts';
import { mergeBodyFields } from '../body.ts';
import type { AuthHandler } from './scheme.ts';

/**
 * Telr authenticates inside the POST body (ivp_store, ivp_authkey), in whichever of form or
 * JSON the request already uses. Credentials overwrite any caller-supplied values.
 */
export const authorizeBodyFields: AuthHandler = (provider, secrets, request) => {
  if (provider.slug !== 'telr') throw new Error(`No body-field mapping for provider ${provider.slug}`);
  return mergeBodyFields(request, {
    ivp_store: requireSecret(secrets, 'store_id'),
    ivp_authkey: requireSecret(secrets, 'auth_key'),
  });
};
