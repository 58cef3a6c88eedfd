import { and, gte, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { segmentTranslationHistory } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { monthWindow, type MonthKey } from "./months";

export type MonthlyVolunteers = { month: MonthKey; volunteers: number };

/**
 * How many people wrote translations each calendar month (UTC) of the last 12, the current one
 * included: distinct authors of segment history rows (drafts, confirmations, reviewers' approvals
 * and edits). A month without anyone is listed with 0, so a quiet month shows as one.
 */
export function volunteersActivePerMonth(db: Db, actor: Actor, now = new Date()): MonthlyVolunteers[] {
  assertCan(actor, "insights:view");
  const { months, start, end } = monthWindow(now);
  const history = segmentTranslationHistory;
  // created_at holds milliseconds; SQLite's calendar functions take seconds.
  const month = sql<string>`strftime('%Y-%m', ${history.createdAt} / 1000, 'unixepoch')`;
  const rows = db
    .select({ month, volunteers: sql<number>`count(distinct ${history.authorId})` })
    .from(history)
    .where(and(isNotNull(history.authorId), gte(history.createdAt, start), lt(history.createdAt, end)))
    .groupBy(month)
    .all();
  const byMonth = new Map(rows.map((row) => [row.month, row.volunteers]));
  return months.map((key) => ({ month: key, volunteers: byMonth.get(key) ?? 0 }));
}
