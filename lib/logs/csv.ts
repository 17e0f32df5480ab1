// Cells a spreadsheet would run as a formula ("=HYPERLINK(…)", "+cmd", "@SUM", "-1+2"):
// a logged path or error message is attacker-influenced text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell per RFC 4180, with formula-looking text defused by a leading apostrophe. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}
