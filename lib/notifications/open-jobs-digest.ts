import { and, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { writeTransaction, type Db, type Tx } from "@/db/client";
import { articles, jobs, notificationPreferences, notifications, userLanguages, users } from "@/db/schema";
import { notify } from "./notify";
import { parsePayload } from "./payloads";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Jobs a digest names one by one; the rest are counted. */
export const DIGEST_LISTED_JOBS = 20;

/** Midnight UTC at the start of `now`'s day. */
const startOfUtcDay = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/**
 * When an open job became open for `userId`: when it was opened or last returned to the pool (the
 * job's last change, since an open job changes only then), or when a reservation for someone else
 * ran out, whichever is later.
 */
const becameOpenAt = (userId: number) =>
  sql<number>`max(${jobs.updatedAt}, case when ${jobs.reservedForId} is not null and ${jobs.reservedForId} <> ${userId}
    then coalesce(${jobs.reservedUntil}, 0) else 0 end)`;

/** People who asked for the digest (in the app or by e-mail), with an active account. */
function subscribers(db: Db | Tx): number[] {
  return db
    .select({ id: users.id })
    .from(notificationPreferences)
    .innerJoin(users, eq(users.id, notificationPreferences.userId))
    .where(
      and(
        eq(notificationPreferences.kind, "open-jobs-digest"),
        or(eq(notificationPreferences.inApp, true), eq(notificationPreferences.email, true)),
        eq(users.disabled, false),
      ),
    )
    .all()
    .map((row) => row.id);
}

/** Where the person's previous digest ended, or null when they never had one. */
function previousDigestEnd(db: Db | Tx, userId: number): Date | null {
  const previous = db
    .select({ payload: notifications.payload, createdAt: notifications.createdAt })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.kind, "open-jobs-digest")))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .get();
  if (!previous) return null;
  const payload = parsePayload("open-jobs-digest", previous.payload);
  return payload ? new Date(payload.until) : previous.createdAt;
}

/** Open jobs in the person's languages that became open for them in [since, until), oldest first. */
function jobsOpenedFor(db: Db | Tx, userId: number, since: Date, until: Date) {
  const languages = db
    .select({ language: userLanguages.language })
    .from(userLanguages)
    .where(and(eq(userLanguages.userId, userId), eq(userLanguages.skill, "translate")))
    .all()
    .map((row) => row.language);
  if (languages.length === 0) return [];
  const opened = becameOpenAt(userId);
  return db
    .select({
      jobId: jobs.id,
      title: articles.title,
      sourceLanguage: articles.sourceLanguage,
      targetLanguage: jobs.targetLanguage,
    })
    .from(jobs)
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .where(
      and(
        eq(jobs.status, "open"),
        inArray(jobs.targetLanguage, languages),
        // Still kept for someone else: not open to this person yet.
        or(
          isNull(jobs.reservedForId),
          eq(jobs.reservedForId, userId),
          isNull(jobs.reservedUntil),
          lte(jobs.reservedUntil, until),
        ),
        sql`${opened} >= ${since.getTime()}`,
        sql`${opened} < ${until.getTime()}`,
      ),
    )
    .orderBy(opened, jobs.id)
    .all();
}

/**
 * Once per UTC day, each person who asked for it gets the jobs that became open in their languages
 * since their previous digest (the day before, for a first one), up to the start of the day: a
 * whole day's jobs in one message, sent by the first sweep of the day. No new job, no digest. The
 * day is in the key, so every process and sweep of that day stores it once. Returns how many
 * digests were stored.
 */
export function sendOpenJobsDigests(db: Db, now = new Date()): number {
  const until = startOfUtcDay(now);
  const dedupeKey = `open-jobs-digest:${until.toISOString().slice(0, 10)}`;
  const digestOf = (source: Db | Tx, userId: number) => {
    const since = previousDigestEnd(source, userId) ?? new Date(until.getTime() - DAY_MS);
    return { since, opened: since < until ? jobsOpenedFor(source, userId, since, until) : [] };
  };
  const hasToday = (userId: number) =>
    db
      .select({ id: notifications.id })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.dedupeKey, dedupeKey)))
      .get() !== undefined;
  // Read first: on most sweeps every digest of the day is out, or there is nothing new to tell.
  const due = subscribers(db).filter((userId) => !hasToday(userId) && digestOf(db, userId).opened.length > 0);
  if (due.length === 0) return 0;
  return writeTransaction(db, (tx) => {
    let stored = 0;
    for (const userId of due) {
      const { since, opened } = digestOf(tx, userId);
      if (opened.length === 0) continue;
      const id = notify(tx, {
        userId,
        kind: "open-jobs-digest",
        payload: {
          since: since.toISOString(),
          until: until.toISOString(),
          total: opened.length,
          jobs: opened.slice(0, DIGEST_LISTED_JOBS),
        },
        dedupeKey,
        now,
      });
      if (id !== null) stored += 1;
    }
    return stored;
  });
}
