import { requireSecret } from './credentials.ts';
import type { Secrets } from './types.ts';

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/**
 * Fills `{credential_field}` placeholders of a catalogue path (e.g. `{account_sid}`) from
 * the secrets. Values are percent-encoded so a stored value cannot add path segments,
 * a query or a fragment.
 */
export function fillPathPlaceholders(template: string, secrets: Secrets): string {
  return template.replace(PLACEHOLDER, (_match, name: string) => encodeURIComponent(requireSecret(secrets, name)));
}

export function hasPlaceholder(text: string): boolean {
  return /\{[^}]*\}/.test(text);
}
