import { HOME_PATH, SIGN_IN_PATH } from './paths';

const PLACEHOLDER_ORIGIN = 'http://hub.invalid';

/**
 * Where to go after signing in. Only same-site relative paths are honoured, so a
 * crafted `next` (`//evil.com`, `/\evil.com`, `https://…`, `javascript:`) cannot
 * turn the sign-in page into an open redirect.
 */
export function safeNextPath(raw: unknown, fallback: string = HOME_PATH): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  // Browsers strip tabs/newlines and treat backslashes as slashes: refuse them outright.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;

  let url: URL;
  try {
    url = new URL(raw, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  if (url.pathname === SIGN_IN_PATH) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
