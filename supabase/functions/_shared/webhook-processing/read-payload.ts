// Safe reads from parsed provider payloads: every value arrives as `unknown`, and a
// missing or mistyped field must yield "absent", never an exception in the worker.

/** Walks a dotted path through objects and arrays ("data.object.id", "shipments.0.id"). */
export function at(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(key)] : (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A non-empty string (numbers are stringified: ids often arrive as numbers). */
export function str(value: unknown, path?: string): string | null {
  const v = path === undefined ? value : at(value, path);
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

/** The first present string among several paths. */
export function firstStr(value: unknown, paths: string[]): string | null {
  for (const path of paths) {
    const v = str(value, path);
    if (v !== null) return v;
  }
  return null;
}

/** A non-negative safe integer (minor units), from a number or an integer string. */
export function int(value: unknown, path?: string): number | null {
  const v = path === undefined ? value : at(value, path);
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : null;
}

export function list(value: unknown, path?: string): unknown[] {
  const v = path === undefined ? value : at(value, path);
  return Array.isArray(v) ? v : [];
}

/** Distinct non-null ids, in order of preference. */
export const ids = (...values: Array<string | null>): string[] => [...new Set(values.filter((v): v is string => v !== null))];

/** Shortens free text (comment bodies, descriptions) to what a notification shows. */
export const clip = (text: string | null, max = 300): string | null =>
  text === null ? null : text.length > max ? `${text.slice(0, max - 1)}…` : text;
