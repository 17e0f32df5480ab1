import type { ProviderSlug } from '../providers/provider.schema.ts';
import { readIdentity, type AccountIdentity } from './identity-readers.ts';

export type SocialPlatform = 'facebook' | 'instagram' | 'linkedin' | 'tiktok' | 'whatsapp_business';

/**
 * How one provider runs the authorization-code flow (PROVIDERS.md §9–13 and the providers'
 * OAuth docs). URLs are the real ones; a connection may point them elsewhere (endpoints.ts).
 */
export interface OAuthProviderConfig {
  /** Meta's URLs carry v{N}.0, filled from the connection's graph_api_version. */
  authorizeUrl: string;
  tokenUrl: string;
  /** A path under the connection's API base URL, or an absolute URL on the OAuth host. */
  identity: string;
  /** Mailchimp's metadata endpoint wants `Authorization: OAuth <token>`. */
  identityScheme: 'Bearer' | 'OAuth';
  /** TikTok calls the client id `client_key`, in the catalogue and on the wire. */
  clientIdParam: 'client_id' | 'client_key';
  scopes: string[];
  scopeSeparator: ' ' | ',';
  /** Every host the flow may reach in production; anything else needs the local allow setting. */
  hosts: string[];
  /** The social_media_accounts platform; null where the identity is not a social account. */
  platform: SocialPlatform | null;
  readIdentity: (json: unknown) => AccountIdentity | null;
  /**
   * Meta hands out a one-hour user token at the code exchange; it is swapped at once for a
   * long-lived one (about 60 days) with a GET to `exchangeUrl`. Instagram's long-lived token
   * is renewed with itself at `renewUrl` (once at least a day old); Facebook's cannot be
   * renewed without the user, who reconnects before it runs out.
   */
  /** Facebook: the Page tokens of the Pages the user manages (a path under the API base URL). */
  pages?: string;
  longLived?: {
    exchangeUrl: string;
    exchangeParams: (client: { id: string; secret: string }, shortLived: string) => Record<string, string>;
    renewUrl?: string;
    renewParams?: (longLived: string) => Record<string, string>;
  };
}

const META_HOSTS = ['www.facebook.com', 'graph.facebook.com'];

function meta(platform: SocialPlatform, scopes: string[]): OAuthProviderConfig {
  return {
    authorizeUrl: 'https://www.facebook.com/v{N}.0/dialog/oauth',
    tokenUrl: 'https://graph.facebook.com/v{N}.0/oauth/access_token',
    identity: '/me?fields=id,name',
    identityScheme: 'Bearer',
    clientIdParam: 'client_id',
    scopes,
    scopeSeparator: ',',
    hosts: META_HOSTS,
    platform,
    readIdentity: readIdentity.meta,
    longLived: {
      exchangeUrl: 'https://graph.facebook.com/v{N}.0/oauth/access_token',
      exchangeParams: (client, shortLived) => ({
        grant_type: 'fb_exchange_token', client_id: client.id, client_secret: client.secret, fb_exchange_token: shortLived,
      }),
    },
  };
}

export const OAUTH_PROVIDERS: Partial<Record<ProviderSlug, OAuthProviderConfig>> = {
  facebook: { ...meta('facebook', ['pages_show_list', 'pages_read_engagement', 'pages_manage_metadata']), pages: '/me/accounts?fields=id,name,access_token' },
  whatsapp_business: meta('whatsapp_business', ['whatsapp_business_management', 'whatsapp_business_messaging']),
  // Instagram API with Instagram Login (the catalogue's graph.instagram.com host).
  instagram: {
    authorizeUrl: 'https://www.instagram.com/oauth/authorize',
    tokenUrl: 'https://api.instagram.com/oauth/access_token',
    identity: '/me?fields=id,username',
    identityScheme: 'Bearer',
    clientIdParam: 'client_id',
    scopes: ['instagram_business_basic'],
    scopeSeparator: ',',
    hosts: ['www.instagram.com', 'api.instagram.com', 'graph.instagram.com'],
    platform: 'instagram',
    readIdentity: readIdentity.instagram,
    longLived: {
      exchangeUrl: 'https://graph.instagram.com/access_token',
      exchangeParams: (client, shortLived) => ({ grant_type: 'ig_exchange_token', client_secret: client.secret, access_token: shortLived }),
      renewUrl: 'https://graph.instagram.com/refresh_access_token',
      renewParams: (longLived) => ({ grant_type: 'ig_refresh_token', access_token: longLived }),
    },
  },
  linkedin: {
    authorizeUrl: 'https://www.linkedin.com/oauth/v2/authorization',
    tokenUrl: 'https://www.linkedin.com/oauth/v2/accessToken',
    identity: '/v2/userinfo',
    identityScheme: 'Bearer',
    clientIdParam: 'client_id',
    scopes: ['openid', 'profile'],
    scopeSeparator: ' ',
    hosts: ['www.linkedin.com', 'api.linkedin.com'],
    platform: 'linkedin',
    readIdentity: readIdentity.linkedin,
  },
  tiktok: {
    authorizeUrl: 'https://www.tiktok.com/v2/auth/authorize/',
    tokenUrl: 'https://open.tiktokapis.com/v2/oauth/token/',
    identity: '/v2/user/info/?fields=open_id,display_name,avatar_url',
    identityScheme: 'Bearer',
    clientIdParam: 'client_key',
    scopes: ['user.info.basic'],
    scopeSeparator: ',',
    hosts: ['www.tiktok.com', 'open.tiktokapis.com'],
    platform: 'tiktok',
    readIdentity: readIdentity.tiktok,
  },
  // Mailchimp tokens do not expire and come without a refresh token; the metadata call
  // names the data centre that picks the API host.
  mailchimp: {
    authorizeUrl: 'https://login.mailchimp.com/oauth2/authorize',
    tokenUrl: 'https://login.mailchimp.com/oauth2/token',
    identity: 'https://login.mailchimp.com/oauth2/metadata',
    identityScheme: 'OAuth',
    clientIdParam: 'client_id',
    scopes: [],
    scopeSeparator: ' ',
    hosts: ['login.mailchimp.com'],
    platform: null,
    readIdentity: readIdentity.mailchimp,
  },
};

export function oauthConfigFor(slug: string): OAuthProviderConfig | null {
  return OAUTH_PROVIDERS[slug as ProviderSlug] ?? null;
}

// Where each provider's app credentials sit in the catalogue (Meta: app_id/app_secret,
// TikTok: client_key). Mailchimp has no catalogue fields for them; client_id/client_secret
// are stored the same way.
export const CLIENT_ID_FIELDS = ['client_id', 'app_id', 'client_key'] as const;
export const CLIENT_SECRET_FIELDS = ['client_secret', 'app_secret'] as const;
