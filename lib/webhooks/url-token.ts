// The secret URL token of an endpoint whose provider cannot sign (scheme 'none' or
// 'url_token': Aramex, SMSA, Mailchimp). Only its SHA-256 is stored (token_hash); the
// webhook-handler hashes the presented ?token= the same way and compares the digests.

export const TOKEN_BYTES = 32;

/** 32 random bytes as base64url: 43 characters, safe in a query string without encoding. */
export function generateUrlToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(TOKEN_BYTES));
  return Buffer.from(bytes).toString('base64url');
}

/** SHA-256 of the token's UTF-8 bytes, as the intake computes it. */
export async function hashUrlToken(token: string): Promise<Buffer> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Buffer.from(digest);
}
