// Shared setup for the job workflow tests: articles with jobs, volunteers, and a snapshot of
// everything a refused call must leave untouched.
import { asc, count, eq } from "drizzle-orm";
import { beforeAll, expect } from "vitest";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { auditEvents, comments, jobs, segments, segmentTranslationHistory, segmentTranslations } from "@/db/schema";
import { importArticle } from "@/lib/articles/import-article";
import { createTestDb } from "../support/test-db";
import type { Actor } from "@/lib/auth/actor";
import { type DomainError, WorkflowError } from "@/lib/errors";
import type { ClaimPolicy } from "@/lib/workflow/claim-policy";
import { claimJob } from "@/lib/workflow/claim-job";
import { saveSegment } from "@/lib/workflow/save-segment";
import { makeUser } from "../support/factories";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** Two claims at a time, a week by default: small enough to reach every limit in a test. */
export const POLICY: ClaimPolicy = { maxActiveClaims: 2, defaultDays: 7, maxDays: 30 };

/** A fixed "now" for everything time-dependent. */
export const T0 = new Date("2026-03-02T09:00:00.000Z");

export const at = (days: number, from: Date = T0) => new Date(from.getTime() + days * DAY_MS);

/** Five sentences; the fourth carries a link, stored as "See the <1>report</1>.". */
export const SAMPLE = [
  "# Mangroves in Fiji",
  "",
  "Volunteers met in Suva. They planted 300 seedlings. See the [report](https://example.org/r).",
  "",
  "The mayor thanked them.",
].join("\n");

export const SAMPLE_SOURCES = [
  "Mangroves in Fiji",
  "Volunteers met in Suva.",
  "They planted 300 seedlings.",
  "See the <1>report</1>.",
  "The mayor thanked them.",
];

let articleCounter = 0;

export type ArticleOptions = {
  title?: string;
  content?: string;
  region?: string;
  sdgGoals?: number[];
  targetLanguages?: string[];
};

/** An imported article with one open job per target language (default es, ar). */
export function importJobs(db: Db, editor: Actor, options: ArticleOptions = {}) {
  articleCounter += 1;
  const targetLanguages = options.targetLanguages ?? ["es", "ar"];
  const { articleId, jobIds } = importArticle(db, editor, {
    slug: `workflow-article-${articleCounter}`,
    title: options.title ?? `Mangroves ${articleCounter}`,
    sourceLanguage: "en",
    format: "markdown",
    content: options.content ?? SAMPLE,
    region: options.region,
    sdgGoals: options.sdgGoals ?? [],
    targetLanguages,
  });
  const byLanguage = new Map(targetLanguages.map((language, index) => [language, jobIds[index]!]));
  return { articleId, jobIds, job: (language: string) => byLanguage.get(language)! };
}

/** What every workflow test file starts from: its own database, with an editor to import articles. */
export function workflowTestBed() {
  const db = createTestDb();
  let editor: Actor | undefined;
  beforeAll(async () => {
    editor = await editorUser(db);
  });
  return {
    db,
    get editor(): Actor {
      if (!editor) throw new Error("the editor is created in beforeAll");
      return editor;
    },
  };
}

/** A fresh volunteer (Spanish) who claimed a new Spanish job at T0 under POLICY. */
export async function claimedByNewVolunteer(db: Db, editor: Actor, days?: number) {
  const ana = await volunteerUser(db);
  const jobId = importJobs(db, editor).job("es");
  claimJob(db, ana, days === undefined ? { jobId } : { jobId, days }, { policy: POLICY, now: T0 });
  return { ana, jobId };
}

export const editorUser = (db: Db) => makeUser(db, { role: "editor", translate: [], review: [] });
export const volunteerUser = (db: Db, translate: string[] = ["es"]) =>
  makeUser(db, { role: "volunteer", translate, review: [] });
export const reviewerUser = (db: Db, review: string[] = ["es"], role: Role = "reviewer") =>
  makeUser(db, { role, translate: [], review });

export type TranslationRow = {
  segmentId: number;
  position: number;
  source: string;
  text: string;
  status: string;
  version: number;
};

/** The job's translations in document order. */
export function translationsOf(db: Db, jobId: number): TranslationRow[] {
  return db
    .select({
      segmentId: segments.id,
      position: segments.position,
      source: segments.sourceText,
      text: segmentTranslations.text,
      status: segmentTranslations.status,
      version: segmentTranslations.version,
    })
    .from(segmentTranslations)
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .where(eq(segmentTranslations.jobId, jobId))
    .orderBy(asc(segments.position))
    .all();
}

export function jobRow(db: Db, jobId: number) {
  return db.select().from(jobs).where(eq(jobs.id, jobId)).get()!;
}

export function historyOf(db: Db, jobId: number) {
  return db
    .select({
      segmentId: segmentTranslations.segmentId,
      authorId: segmentTranslationHistory.authorId,
      text: segmentTranslationHistory.text,
      status: segmentTranslationHistory.status,
      version: segmentTranslationHistory.version,
    })
    .from(segmentTranslationHistory)
    .innerJoin(segmentTranslations, eq(segmentTranslations.id, segmentTranslationHistory.translationId))
    .where(eq(segmentTranslations.jobId, jobId))
    .orderBy(asc(segmentTranslationHistory.id))
    .all();
}

export function commentsOf(db: Db, jobId: number) {
  return db.select().from(comments).where(eq(comments.jobId, jobId)).orderBy(asc(comments.id)).all();
}

export function auditOf(db: Db, jobId: number, action: string) {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, jobId))
    .orderBy(asc(auditEvents.id))
    .all()
    .filter((event) => event.subjectType === "job" && event.action === action);
}

/** Everything a refused call on a job must leave as it was. */
export function snapshot(db: Db, jobId: number) {
  return {
    job: jobRow(db, jobId),
    translations: translationsOf(db, jobId),
    history: historyOf(db, jobId),
    comments: commentsOf(db, jobId),
    auditEvents: db.select({ count: count() }).from(auditEvents).get()!.count,
  };
}

/** The error `work` throws (failing the test when it throws nothing). */
export function thrownBy(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  expect.fail("expected the call to throw");
}

/** Asserts `work` throws a WorkflowError with this message key (and values, when given). */
export function expectWorkflowError(work: () => unknown, key: string, values?: Record<string, string | number>) {
  const error = thrownBy(work);
  expect(error).toBeInstanceOf(WorkflowError);
  expect((error as WorkflowError).reason.key).toBe(key);
  if (values) expect((error as WorkflowError).reason.values).toEqual(values);
}

/** Asserts `work` throws `type` and leaves the job exactly as it was. */
export function expectRefusedUnchanged(
  db: Db,
  jobId: number,
  work: () => unknown,
  type: abstract new (...args: never[]) => DomainError,
): unknown {
  const before = snapshot(db, jobId);
  const error = thrownBy(work);
  expect(error).toBeInstanceOf(type);
  expect(snapshot(db, jobId)).toEqual(before);
  return error;
}

/** The assignee confirms every segment with a translation that keeps the source's tags. */
export function confirmAll(db: Db, assignee: Actor, jobId: number) {
  for (const row of translationsOf(db, jobId)) {
    if (row.status === "translated") continue;
    saveSegment(db, assignee, {
      jobId,
      segmentId: row.segmentId,
      text: `ES ${row.source}`,
      status: "translated",
      version: row.version,
    });
  }
}
