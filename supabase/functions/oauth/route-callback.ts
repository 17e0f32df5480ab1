import { notePendingReason } from '../_shared/oauth/connected-account.ts';
import { consumeState } from '../_shared/oauth/state-store.ts';
import { asService } from '../_shared/oauth/tx-roles.ts';
import { errorPage, redirectWith } from './callback-page.ts';
import { completeConnect, describeFailure } from './complete-connect.ts';
import type { OAuthRouteContext } from './route-context.ts';

// What providers send when the user says no (RFC 6749 access_denied; TikTok and LinkedIn
// also use their own cancel codes).
const DENIED = new Set(['access_denied', 'user_cancelled_login', 'user_cancelled_authorize']);

/**
 * GET /oauth/callback?code&state (or ?error&state): the provider sends the browser here,
 * without our JWT, so the single-use state row is the only proof of who started this.
 */
export async function handleCallback(ctx: OAuthRouteContext, req: Request): Promise<Response> {
  const query = new URL(req.url).searchParams;
  const state = query.get('state');
  if (!state || state.length > 512) {
    return errorPage(400, 'This sign-in link is not valid',
      'The provider sent the browser back without the state this hub issued, so it cannot be matched to a connection. Start "Connect" again from the connection page.',
      ctx.dashboardUrl);
  }
  const claimed = await consumeState(ctx.deps.sql, ctx.deps.keys, state);
  if (claimed.kind === 'unknown') {
    return errorPage(400, 'Unknown sign-in link',
      'This link does not match any connect attempt of this hub. Start "Connect" again from the connection page.',
      ctx.dashboardUrl);
  }
  if (claimed.kind !== 'valid') {
    return redirectWith(claimed.redirectTo, ctx.dashboardUrl, { outcome: 'error', reason: claimed.kind === 'used' ? 'state_used' : 'state_expired' });
  }
  const fail = async (reason: string, message: string) => {
    await asService(ctx.deps.sql, (tx) => notePendingReason(tx, claimed.connectionId, message));
    return redirectWith(claimed.redirectTo, ctx.dashboardUrl, { outcome: 'error', reason });
  };

  const providerError = query.get('error');
  if (providerError) {
    return DENIED.has(providerError)
      ? fail('access_denied', 'Consent was declined at the provider; use "Connect" again to grant access.')
      : fail('provider_error', 'The provider reported an error during consent; use "Connect" again.');
  }
  const code = query.get('code');
  if (!code || code.length > 4096) return fail('missing_code', 'The provider returned no authorization code; use "Connect" again.');

  try {
    await completeConnect(ctx.deps, claimed, code);
  } catch (err) {
    const known = describeFailure(err);
    if (!known) {
      // Name and code only: messages of driver or fetch errors may quote parameters.
      const { name, code: errCode } = err as { name?: string; code?: string };
      console.error('[oauth] callback failed', { name, code: errCode });
      return fail('internal_error', 'Connecting failed on our side; try again.');
    }
    return fail(known.reason, `Connecting failed: ${known.message}`);
  }
  return redirectWith(claimed.redirectTo, ctx.dashboardUrl, { outcome: 'success' });
}
