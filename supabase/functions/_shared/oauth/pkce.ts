// Random values and digests of the authorization-code flow (RFC 6749 state, RFC 7636 PKCE).
// Web Crypto only, so the same module runs in Deno, Node and the unit tests.

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes as base64url: 43 characters, within PKCE's 43–128 and unguessable as a state. */
export function randomToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

/** S256 code challenge: base64url(SHA-256(verifier)), no padding. */
export async function codeChallengeS256(verifier: string): Promise<string> {
  return base64Url(await sha256(verifier));
}

/** How a state is stored: only its SHA-256 in hex, so a database read cannot forge a callback. */
export async function hashState(state: string): Promise<string> {
  return [...(await sha256(state))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
