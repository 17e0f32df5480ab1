/**
 * The hint the vault will store for a secret (private.mask_secret), so the review step
 * shows exactly what the connection page will: the last four characters only when the
 * secret is long enough that four reveal little.
 */
export function maskSecret(secret: string): string {
  return secret.length >= 12 ? `••••${secret.slice(-4)}` : '••••';
}
