// TMX dates are ISO 8601 in the basic format, always UTC: YYYYMMDDThhmmssZ.

const TMX_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export function formatTmxDate(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** The date of a TMX date attribute, or undefined when it is missing or not a real date. */
export function parseTmxDate(value: string | undefined): Date | undefined {
  const parts = value ? TMX_DATE.exec(value.trim()) : null;
  if (!parts) return undefined;
  const [year, month, day, hour, minute, second] = parts.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day, hour, minute, second));
  // Date.UTC rolls 20240231 over into March: such a date is wrong, not "close enough".
  const valid =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month! - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second;
  return valid ? date : undefined;
}
