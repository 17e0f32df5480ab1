import type { GuardedFetch } from './endpoints.ts';
import type { AccountIdentity } from './identity-readers.ts';

/** One Facebook Page the user manages, with its Page access token. */
interface ManagedPage {
  id: string;
  name: string | null;
  accessToken: string;
}

/** The Page the connection acts as, or why none could be chosen (a message safe to show). */
export type PageChoice = { ok: true; page: ManagedPage; identity: AccountIdentity } | { ok: false; reason: string; message: string };

// deno-lint-ignore no-control-regex
const UNSENDABLE = /[\u0000-\u001f\u007f\s]/;

function readPages(json: unknown): ManagedPage[] {
  const data = (json as { data?: unknown } | null)?.data;
  if (!Array.isArray(data)) return [];
  return data.flatMap((p) => {
    const r = (p ?? {}) as Record<string, unknown>;
    const id = typeof r.id === 'string' || typeof r.id === 'number' ? String(r.id) : '';
    const token = typeof r.access_token === 'string' && r.access_token !== '' && !UNSENDABLE.test(r.access_token) ? r.access_token : '';
    return id && token ? [{ id, name: typeof r.name === 'string' ? r.name.slice(0, 300) : null, accessToken: token }] : [];
  });
}

/**
 * Facebook's Pages API wants a Page access token: GET /me/accounts with the long-lived user
 * token lists the Pages the user manages, each with a Page token that does not expire. The
 * connection's page_id picks one; without it, a user with exactly one Page gets that one.
 */
export async function choosePage(fetcher: GuardedFetch, url: URL, userToken: string, pageId: string | undefined): Promise<PageChoice> {
  const response = await fetcher(url, { method: 'GET', headers: { authorization: `Bearer ${userToken}`, accept: 'application/json' } });
  const pages = response.ok ? readPages(await response.json().catch(() => null)) : [];
  if (!response.ok) return { ok: false, reason: 'pages_failed', message: `The provider did not list the Pages you manage (HTTP ${response.status}).` };
  const wanted = pageId?.trim();
  const page = wanted ? pages.find((p) => p.id === wanted) : pages.length === 1 ? pages[0] : undefined;
  if (!page) {
    const message = pages.length === 0
      ? 'This Facebook account manages no Page the app was granted.'
      : wanted
        ? `The Page ${wanted} is not among the Pages this account granted.`
        : `This account manages ${pages.length} Pages: enter the Page ID of the one to connect, then connect again.`;
    return { ok: false, reason: 'page_not_chosen', message };
  }
  return { ok: true, page, identity: { externalId: page.id, username: null, displayName: page.name, avatarUrl: null } };
}
