import { and, eq, gte, isNotNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs, publications } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { median } from "./median";
import { monthKey, monthWindow, type MonthKey } from "./months";

export type ClaimToPublishMonth = {
  month: MonthKey;
  /** Median milliseconds from claim to first publication; null when nothing was published that month. */
  medianMs: number | null;
  translations: number;
};

export type ClaimToPublish = {
  months: ClaimToPublishMonth[];
  /** Over every translation of the 12 months together (not a median of the monthly medians). */
  overall: { medianMs: number | null; translations: number };
};

/**
 * How long a translation takes from its claim to going online, per calendar month (UTC) of its first
 * publication, over the last 12 months. A job keeps only its current claim (`jobs.claimed_at`; a
 * release or a source update clears it), so the time runs from that claim to the first publication
 * at or after it: a translation republished after a source update counts from its new claim.
 */
export function claimToPublishTimes(db: Db, actor: Actor, now = new Date()): ClaimToPublish {
  assertCan(actor, "insights:view");
  const { months, start, end } = monthWindow(now);
  const rows = db
    .select({
      claimedAt: jobs.claimedAt,
      // min() over a timestamp column comes back as the stored milliseconds.
      publishedAt: sql<number>`min(${publications.publishedAt})`,
    })
    .from(jobs)
    .innerJoin(publications, and(eq(publications.jobId, jobs.id), gte(publications.publishedAt, jobs.claimedAt)))
    .where(isNotNull(jobs.claimedAt))
    .groupBy(jobs.id)
    .all();

  const byMonth = new Map<MonthKey, number[]>();
  for (const row of rows) {
    if (row.claimedAt === null || row.publishedAt < start.getTime() || row.publishedAt >= end.getTime()) continue;
    const key = monthKey(new Date(row.publishedAt));
    const durations = byMonth.get(key) ?? [];
    durations.push(row.publishedAt - row.claimedAt.getTime());
    byMonth.set(key, durations);
  }
  const all = [...byMonth.values()].flat();
  return {
    months: months.map((key) => {
      const durations = byMonth.get(key) ?? [];
      return { month: key, medianMs: median(durations), translations: durations.length };
    }),
    overall: { medianMs: median(all), translations: all.length },
  };
}
