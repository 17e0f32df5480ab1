// <input type="datetime-local"> speaks wall-clock time without a zone; the dashboard's is
// Dubai, a fixed +04:00 with no daylight saving, so the conversion is a constant offset.
const DUBAI_OFFSET_MS = 4 * 3_600_000;
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** `2026-11-25T14:30` (Dubai) → `2026-11-25T14:30:00+04:00`, or undefined when not a full value. */
export function dubaiInputToIso(value: string): string | undefined {
  return LOCAL.test(value) ? `${value}:00+04:00` : undefined;
}

/** An instant → the `datetime-local` value showing it in Dubai. */
export function isoToDubaiInput(iso: string | Date): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  return new Date(time + DUBAI_OFFSET_MS).toISOString().slice(0, 16);
}
