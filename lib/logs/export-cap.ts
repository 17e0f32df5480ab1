/** The most rows one CSV export holds: enough for an investigation, bounded for the server. */
export const EXPORT_ROW_CAP = 100_000;
