const DUBAI_TIME_ZONE = 'Asia/Dubai';

const dubaiFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: DUBAI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const DATE_PARTS = ['day', 'month', 'year', 'hour', 'minute', 'second'] as const;
type DatePart = (typeof DATE_PARTS)[number];

function isDatePart(type: string): type is DatePart {
  return (DATE_PARTS as readonly string[]).includes(type);
}

function toDate(value: Date | string | number): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid date: ${String(value)}`);
  return date;
}

/**
 * `DD/MM/YYYY HH:MM:SS` in Asia/Dubai. Assembled from parts rather than trusting a
 * locale's pattern, so the order and separators never depend on ICU data.
 */
export function formatDubaiDateTime(value: Date | string | number): string {
  const parts: Partial<Record<DatePart, string>> = {};
  for (const part of dubaiFormatter.formatToParts(toDate(value))) {
    if (isDatePart(part.type)) parts[part.type] = part.value;
  }
  const { day, month, year, hour, minute, second } = parts;
  return `${day}/${month}/${year} ${hour}:${minute}:${second}`;
}

/** A timestamp that may be absent, e.g. a connection never health-checked. */
export function formatDubaiDateTimeOr(value: Date | string | number | null | undefined, fallback: string): string {
  return value === null || value === undefined ? fallback : formatDubaiDateTime(value);
}
