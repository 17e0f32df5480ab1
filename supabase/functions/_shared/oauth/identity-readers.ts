// Maps each provider's identity answer to the account a connection acts as. Readers return
// null when the answer lacks an id, so a surprising payload is a clear failure, not a blank row.

export interface AccountIdentity {
  externalId: string;
  username: string | null;
  displayName: string | null;
  avatarUrl: string | null;
  /** Mailchimp only: the data centre (e.g. us19) that picks the API host. */
  dataCentre?: string;
}

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 300) : null;
}

/** The table only takes https pictures; anything else is dropped rather than failing the connect. */
function httpsUrl(value: unknown): string | null {
  const url = text(value);
  return url && /^https:\/\//.test(url) ? url : null;
}

function identity(externalId: string | null, rest: Partial<AccountIdentity> = {}): AccountIdentity | null {
  if (!externalId) return null;
  return { externalId, username: null, displayName: null, avatarUrl: null, ...rest };
}

export const readIdentity = {
  /** Graph API /me?fields=id,name. */
  meta: (json: unknown) => {
    const r = record(json);
    return identity(text(r.id), { displayName: text(r.name) });
  },
  /** graph.instagram.com /me?fields=id,username. */
  instagram: (json: unknown) => {
    const r = record(json);
    return identity(text(r.id), { username: text(r.username), displayName: text(r.username) });
  },
  /** OpenID Connect userinfo: sub, name, picture. */
  linkedin: (json: unknown) => {
    const r = record(json);
    return identity(text(r.sub), { displayName: text(r.name), avatarUrl: httpsUrl(r.picture) });
  },
  /** TikTok /v2/user/info/: {data: {user: {open_id, display_name, avatar_url}}, error}. */
  tiktok: (json: unknown) => {
    const user = record(record(record(json).data).user);
    return identity(text(user.open_id), { displayName: text(user.display_name), avatarUrl: httpsUrl(user.avatar_url) });
  },
  /** login.mailchimp.com/oauth2/metadata: {dc, accountname, login: {login_id, login_name}}. */
  mailchimp: (json: unknown) => {
    const r = record(json);
    const login = record(r.login);
    const dc = text(r.dc);
    if (!dc || !/^[a-z]+[0-9]+$/.test(dc)) return null;
    return identity(text(login.login_id) ?? text(r.user_id), {
      username: text(login.login_name), displayName: text(r.accountname), dataCentre: dc,
    });
  },
};
