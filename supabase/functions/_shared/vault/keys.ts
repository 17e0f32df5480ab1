/**
 * The credential keys a function holds: the current one (new writes) and, while a
 * rotation runs, previous ones so rows not yet re-encrypted still read.
 * CREDENTIALS_PREVIOUS_KEYS is JSON: {"<key id>": "<key>"}.
 */
export interface CredentialKeys {
  currentId: string;
  current: string;
  all: Record<string, string>;
}

export function loadCredentialKeys(env: Record<string, string | undefined>): CredentialKeys {
  const current = env.CREDENTIALS_ENCRYPTION_KEY;
  const currentId = env.CREDENTIALS_KEY_ID;
  if (!current || current.length < 32 || !currentId) {
    throw new Error('CREDENTIALS_ENCRYPTION_KEY (32+ characters) and CREDENTIALS_KEY_ID must be set for this function');
  }
  let previous: Record<string, string> = {};
  if (env.CREDENTIALS_PREVIOUS_KEYS) {
    try {
      previous = JSON.parse(env.CREDENTIALS_PREVIOUS_KEYS);
    } catch {
      throw new Error('CREDENTIALS_PREVIOUS_KEYS must be a JSON object of key id to key');
    }
  }
  return { currentId, current, all: { ...previous, [currentId]: current } };
}
