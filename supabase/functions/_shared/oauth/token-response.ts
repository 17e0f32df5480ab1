// Reading a token endpoint's answer. Only fields we keep are read; the raw body is never
// logged or echoed, because it holds the tokens.

export interface TokenSet {
  accessToken: string;
  refreshToken: string | null;
  /** Seconds from issue; null when the provider gives none (Mailchimp tokens do not expire). */
  expiresIn: number | null;
  refreshExpiresIn: number | null;
  scopes: string[];
}

export type TokenResult =
  | { ok: true; tokens: TokenSet }
  /** `error` is the OAuth error code (invalid_grant…) when the provider sent one. */
  | { ok: false; status: number | null; error: string | null };

type Json = Record<string, unknown>;

// deno-lint-ignore no-control-regex
const UNSENDABLE = /[\u0000-\u001f\u007f\s]/;

function token(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value.length <= 8192 && !UNSENDABLE.test(value) ? value : null;
}

function seconds(value: unknown): number | null {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : null;
}

function scopes(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((s): s is string => typeof s === 'string').slice(0, 100);
  return typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean).slice(0, 100) : [];
}

/** Instagram Login wraps its answer in {data: [ … ]}; everyone else answers flat. */
function unwrap(json: Json): Json {
  const first = Array.isArray(json.data) ? json.data[0] : undefined;
  return typeof first === 'object' && first !== null && 'access_token' in first ? (first as Json) : json;
}

export function readTokenSet(json: unknown): TokenSet | null {
  if (typeof json !== 'object' || json === null) return null;
  const r = unwrap(json as Json);
  const accessToken = token(r.access_token);
  if (!accessToken) return null;
  return {
    accessToken,
    refreshToken: token(r.refresh_token),
    expiresIn: seconds(r.expires_in),
    refreshExpiresIn: seconds(r.refresh_expires_in ?? r.refresh_token_expires_in),
    scopes: scopes(r.scope ?? r.permissions),
  };
}

/** The OAuth error code of a refusal, e.g. invalid_grant (RFC 6749 §5.2); TikTok nests it too. */
export function readErrorCode(json: unknown): string | null {
  if (typeof json !== 'object' || json === null) return null;
  const r = json as Json;
  const code = typeof r.error === 'string' ? r.error : (r.error as Json | undefined)?.code;
  return typeof code === 'string' && /^[a-z0-9_.-]{1,64}$/i.test(code) ? code : null;
}

export async function readTokenResponse(response: Response): Promise<TokenResult> {
  const json: unknown = await response.json().catch(() => null);
  if (!response.ok) return { ok: false, status: response.status, error: readErrorCode(json) };
  const tokens = readTokenSet(json);
  // Some providers (TikTok) answer 200 with an error object instead of a token.
  return tokens ? { ok: true, tokens } : { ok: false, status: response.status, error: readErrorCode(json) };
}

/** Refresh refusals that only a new consent can fix; anything else may pass on retry. */
export function isRefreshRefused(result: Extract<TokenResult, { ok: false }>): boolean {
  return result.error === 'invalid_grant';
}
