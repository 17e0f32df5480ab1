// Headers are kept with each stored event so a failed signature or an odd delivery can be
// debugged later; anything that authenticates a request must never be kept with them.

const SENSITIVE = /authorization|cookie|signature|-sig$|secret|token|password|api[-_]?key|^x-hub-|^x-li-|^tran_check$|session|x-scheduler/i;

/**
 * The request headers as a plain object without credentials. `extraSensitive` names the
 * endpoint's own secret header (N-Genius and DHL let the admin choose its name).
 */
export function redactHeaders(headers: Headers, extraSensitive: Array<string | null | undefined> = []): Record<string, string> {
  const extra = new Set(extraSensitive.filter((h): h is string => !!h).map((h) => h.toLowerCase()));
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (SENSITIVE.test(lower) || extra.has(lower)) return;
    out[lower] = value.length > 1024 ? `${value.slice(0, 1024)}…` : value;
  });
  return out;
}
