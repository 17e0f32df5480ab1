import { HttpError } from '../http/errors.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `/api-proxy/<connection_id>/<provider path>` → its parts; null when it is not that shape. */
export function parseProxyPath(pathname: string): { connectionId: string; rest: string } | null {
  const match = /^(?:\/functions\/v1)?\/api-proxy\/([^/]+)(?:\/(.*))?$/.exec(pathname);
  if (!match || !UUID.test(match[1]!)) return null;
  return { connectionId: match[1]!.toLowerCase(), rest: match[2] ?? '' };
}

/**
 * base URL + provider path + query, by concatenation (a base path such as /3.0 must stay).
 * Dot segments, even percent-encoded or hidden behind an encoded slash, are refused: they
 * could climb out of the base path here or at the provider, and the result must still sit
 * on the base URL's origin and under its path.
 */
export function buildUpstreamUrl(baseUrl: string, rest: string, search: string): URL {
  if (rest.split('/').some(climbs)) {
    throw new HttpError('bad_request', 'The provider path must not contain "." or ".." segments.');
  }
  const base = new URL(baseUrl);
  let url: URL;
  try {
    url = new URL(`${baseUrl}${rest ? `/${rest}` : ''}${search}`);
  } catch {
    throw new HttpError('bad_request', 'The provider path is not a valid URL path.');
  }
  const basePath = base.pathname.replace(/\/+$/, '');
  if (url.origin !== base.origin || (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`))) {
    throw new HttpError('bad_request', 'The provider path must stay under the connection\'s base URL.');
  }
  return url;
}

/** A segment that is, or decodes to something containing, a "." or ".." path step. */
function climbs(segment: string): boolean {
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // Malformed escapes stay as they are; the provider will reject them.
  }
  return decoded.split(/[/\\]/).some((part) => part === '.' || part === '..');
}
