/**
 * Organization API keys: `hub_live_` + 32 base64url characters, made by the SQL function
 * create_api_key, which stores only the hex SHA-256. A fast hash is enough: the keys carry
 * 192 random bits, so there is nothing to brute-force, and every call verifies one.
 */
export const API_KEY_MARKER = 'hub_';

export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_MARKER);
}

export async function hashApiKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(req: Request): string | null {
  const auth = req.headers.get('authorization') ?? '';
  return /^bearer /i.test(auth) ? auth.slice(7).trim() || null : null;
}
