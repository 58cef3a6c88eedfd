// Calendar months for the community figures. Months are UTC: the server and its readers may live in
// different time zones, and a figure must not change with the zone of whoever looks at it.

/** "2026-03": a calendar month, UTC. */
export type MonthKey = string;

export function monthKey(date: Date): MonthKey {
  return date.toISOString().slice(0, 7);
}

/** The first instant of a month key, UTC. */
export function monthStart(month: MonthKey): Date {
  return new Date(`${month}-01T00:00:00.000Z`);
}

/**
 * The `count` calendar months that end with the month of `now`, oldest first, with the instant the
 * first one begins and the instant after the last one ends (the current month is not over yet).
 */
export function monthWindow(now: Date, count = 12): { months: MonthKey[]; start: Date; end: Date } {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  // Date.UTC carries month numbers below 0 or above 11 into the previous or next years.
  const months = Array.from({ length: count }, (_, index) =>
    monthKey(new Date(Date.UTC(year, month - count + 1 + index, 1))),
  );
  return { months, start: new Date(Date.UTC(year, month - count + 1, 1)), end: new Date(Date.UTC(year, month + 1, 1)) };
}
