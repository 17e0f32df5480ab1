import { assertTokenNotExpired, requireHeaderSecret } from '../credentials.ts';
import { withHeaders, type AuthHandler } from './scheme.ts';

/**
 * The member/user token from a completed consent flow, as Bearer. An expired token is
 * refused here rather than sent; refreshing it belongs to the OAuth flow, not the proxy.
 */
export const authorizeAuthorizationCode: AuthHandler = (_provider, secrets, request, deps) => {
  assertTokenNotExpired(secrets, deps.now());
  return withHeaders(request, { authorization: `Bearer ${requireHeaderSecret(secrets, 'access_token')}` });
};
