import type { Caller } from '../_shared/auth/caller.ts';
import type { OAuthDeps } from '../_shared/oauth/oauth-deps.ts';

/** What every route of the oauth function gets; built once per instance in handler.ts. */
export interface OAuthRouteContext {
  deps: OAuthDeps;
  identify: (req: Request) => Promise<Caller | null>;
  /** HUB_DASHBOARD_URL: absolute redirect targets must be on this origin. */
  dashboardUrl: string | null;
  /** The public URL of /functions/v1/oauth/callback, registered with each provider app. */
  callbackUrl: string;
  refreshConcurrency: number;
  refreshBatch: number;
}
