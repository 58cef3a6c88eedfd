import { and, eq, inArray, notExists, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { jobs } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { assertCan } from "../auth/permissions";
import { translatedBy } from "../workflow/review-access";

export type ReviewQueueSize = {
  language: string;
  /** Submitted and taken by nobody, that the actor may take (never their own work). */
  waiting: number;
  /** In review and held by the actor. */
  takenByYou: number;
  /** Held by the actor and sent back to the translator for changes. */
  sentBack: number;
};

/**
 * The reviewer's queue in numbers, one row for each language they review (0 included), counting
 * exactly what the review queue (lib/workflow/list-review-queue.ts) lists.
 */
export function reviewQueueSizes(db: Db, actor: Actor): ReviewQueueSize[] {
  assertCan(actor, "job:list-review");
  if (actor.reviewLanguages.length === 0) return [];
  const waiting = and(
    eq(jobs.status, "in_review"),
    sql`${jobs.reviewerId} is null`,
    sql`(${jobs.assigneeId} is null or ${jobs.assigneeId} <> ${actor.id})`,
    notExists(translatedBy(db, actor.id)),
  );
  const held = (status: "in_review" | "in_progress") => and(eq(jobs.status, status), eq(jobs.reviewerId, actor.id));
  const rows = db
    .select({
      language: jobs.targetLanguage,
      waiting: sql<number>`sum(case when ${waiting} then 1 else 0 end)`,
      takenByYou: sql<number>`sum(case when ${held("in_review")} then 1 else 0 end)`,
      sentBack: sql<number>`sum(case when ${held("in_progress")} then 1 else 0 end)`,
    })
    .from(jobs)
    .where(and(inArray(jobs.targetLanguage, actor.reviewLanguages), inArray(jobs.status, ["in_review", "in_progress"])))
    .groupBy(jobs.targetLanguage)
    .all();
  const byLanguage = new Map(rows.map((row) => [row.language, row]));
  return actor.reviewLanguages.map((language) => {
    const row = byLanguage.get(language);
    return { language, waiting: row?.waiting ?? 0, takenByYou: row?.takenByYou ?? 0, sentBack: row?.sentBack ?? 0 };
  });
}
