// A newer source with a changed sentence sends finished work back to the pool: reserved for its last
// translator for a few days, with only the changed sentence left to translate.
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobs, reviews } from "@/db/schema";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { ForbiddenError } from "@/lib/errors";
import { approveJob } from "@/lib/workflow/approve-job";
import { claimJob } from "@/lib/workflow/claim-job";
import { DAY_MS, RESERVATION_DAYS } from "@/lib/workflow/claim-policy";
import { getJobWorkspace } from "@/lib/workflow/get-job-workspace";
import { listCatalogue } from "@/lib/workflow/list-catalogue";
import { listReviewQueue } from "@/lib/workflow/list-review-queue";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import {
  at,
  auditOf,
  confirmAll,
  expectWorkflowError,
  importJobs,
  jobRow,
  POLICY,
  reviewerUser,
  SAMPLE,
  SAMPLE_SOURCES,
  snapshot,
  T0,
  thrownBy,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "./support";

const bed = workflowTestBed();
const { db } = bed;

const CHANGED_SOURCE = "They planted 350 seedlings.";
/** Words of the one changed sentence, "They planted 350 seedlings.". */
const CHANGED_WORDS = 4;
/** Words of the whole article. */
const WORDS = 18;

const reviewsOf = (jobId: number) =>
  db.select().from(reviews).where(eq(reviews.jobId, jobId)).orderBy(asc(reviews.id)).all();
const statusesOf = (jobId: number) => translationsOf(db, jobId).map((row) => row.status);
const catalogueEntry = (actor: Parameters<typeof listCatalogue>[1], jobId: number, now?: Date) =>
  listCatalogue(db, actor, {}, now).find((entry) => entry.jobId === jobId);

/** A Spanish job translated by a new volunteer, submitted, and taken by a new reviewer. */
async function inReview() {
  const ana = await volunteerUser(db);
  const rita = await reviewerUser(db, ["es"]);
  const { articleId, job } = importJobs(db, bed.editor);
  const jobId = job("es");
  claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
  confirmAll(db, ana, jobId);
  submitJob(db, ana, { jobId }, at(1));
  takeReview(db, rita, { jobId }, at(2));
  return { ana, rita, articleId, jobId };
}

/** The same, approved by the reviewer at day 3. */
async function approved() {
  const setup = await inReview();
  approveJob(db, setup.rita, { jobId: setup.jobId }, at(3));
  return setup;
}

/** Imports the article again with one sentence changed; returns the moments just before and after. */
function changeOneSentence(articleId: number) {
  const before = Date.now();
  const summary = reimportArticle(db, bed.editor, {
    articleId,
    format: "markdown",
    content: SAMPLE.replace("300 seedlings", "350 seedlings"),
  });
  return { summary, before, after: Date.now() };
}

/** Asserts the job is open, reserved for `translatorId` for RESERVATION_DAYS from the update. */
function expectReservedFor(jobId: number, translatorId: number, moments: { before: number; after: number }) {
  const job = jobRow(db, jobId);
  expect(job).toMatchObject({
    status: "open",
    assigneeId: null,
    claimedAt: null,
    dueAt: null,
    reviewerId: null,
    reservedForId: translatorId,
  });
  const until = job.reservedUntil!.getTime();
  expect(until).toBeGreaterThanOrEqual(moments.before + RESERVATION_DAYS * DAY_MS);
  expect(until).toBeLessThanOrEqual(moments.after + RESERVATION_DAYS * DAY_MS);
  return job.reservedUntil!;
}

/** Only the changed sentence is outdated; the rest stay approved with their text. */
function expectOnlyChangedOutdated(jobId: number, approvedTexts: string[]) {
  const rows = translationsOf(db, jobId);
  expect(rows.map((row) => row.source)).toEqual(SAMPLE_SOURCES.map((s) => (s.includes("300") ? CHANGED_SOURCE : s)));
  expect(rows.map((row) => row.status)).toEqual(["approved", "approved", "outdated", "approved", "approved"]);
  expect(rows.map((row) => row.text)).toEqual(approvedTexts);
}

describe("a source update of finished work", () => {
  it("returns an approved job to the pool, reserved for its last translator, with only the changed sentence outdated", async () => {
    const { ana, rita, articleId, jobId } = await approved();
    const texts = translationsOf(db, jobId).map((row) => row.text);

    const moments = changeOneSentence(articleId);

    expect(moments.summary).toMatchObject({ unchanged: 4, changed: 1, added: 0, retired: 0 });
    const reservedUntil = expectReservedFor(jobId, ana.id, moments);
    expectOnlyChangedOutdated(jobId, texts);
    // The finished review keeps its outcome and score: the update does not rewrite history.
    expect(reviewsOf(jobId)).toMatchObject([{ reviewerId: rita.id, outcome: "approved", finishedAt: at(3) }]);
    expect(auditOf(db, jobId, "job.reopened_by_source_update")).toMatchObject([
      { actorId: bed.editor.id, data: { from: "approved", reservedForId: ana.id } },
    ]);

    // The workspace shows what the changed sentence said before.
    const outdated = getJobWorkspace(db, ana, jobId).segments[2]!;
    expect(outdated).toMatchObject({
      text: CHANGED_SOURCE,
      previousSourceText: "They planted 300 seedlings.",
      translation: { status: "outdated", text: texts[2] },
    });
    expect(getJobWorkspace(db, ana, jobId).access).toMatchObject({ claim: true, edit: false });

    // The last translator finds it in the catalogue, with only the changed words left to do.
    expect(catalogueEntry(ana, jobId)).toMatchObject({
      status: "open",
      mine: false,
      words: WORDS,
      wordsToTranslate: CHANGED_WORDS,
      reservedUntil,
    });
  });

  it("keeps a reserved job from other volunteers until the reservation ends", async () => {
    const { ana, articleId, jobId } = await approved();
    const moments = changeOneSentence(articleId);
    const reservedUntil = expectReservedFor(jobId, ana.id, moments);
    const ben = await volunteerUser(db, ["es"]);

    const now = new Date();
    expect(catalogueEntry(ben, jobId, now)).toBeUndefined();
    const before = snapshot(db, jobId);
    expectWorkflowError(() => claimJob(db, ben, { jobId }, { policy: POLICY, now }), "workflow:reservedFor", {
      name: ana.displayName,
      date: reservedUntil.getTime(),
    });
    expect(snapshot(db, jobId)).toEqual(before);

    const later = new Date(reservedUntil.getTime() + 60_000);
    expect(catalogueEntry(ben, jobId, later)).toMatchObject({ wordsToTranslate: CHANGED_WORDS, reservedUntil: null });
    // Once the reservation is over it is no longer shown as held for the last translator either.
    expect(catalogueEntry(ana, jobId, later)).toMatchObject({ reservedUntil: null });
    claimJob(db, ben, { jobId }, { policy: POLICY, now: later });
    expect(jobRow(db, jobId)).toMatchObject({
      status: "in_progress",
      assigneeId: ben.id,
      reservedForId: null,
      reservedUntil: null,
    });
  });

  it("lets the last translator claim it at once, translate the changed sentence and submit again", async () => {
    const { ana, articleId, jobId } = await approved();
    changeOneSentence(articleId);
    const now = new Date();

    claimJob(db, ana, { jobId }, { policy: POLICY, now });
    expect(jobRow(db, jobId)).toMatchObject({
      status: "in_progress",
      assigneeId: ana.id,
      dueAt: new Date(now.getTime() + POLICY.defaultDays * DAY_MS),
      reservedForId: null,
      reservedUntil: null,
    });
    expect(catalogueEntry(ana, jobId)).toMatchObject({ mine: true, wordsToTranslate: CHANGED_WORDS });

    // The approved sentences stay locked; only the outdated one is to be translated.
    const [heading, , changed] = translationsOf(db, jobId);
    const locked = thrownBy(() =>
      saveSegment(db, ana, {
        jobId,
        segmentId: heading!.segmentId,
        text: "Otro título",
        status: "translated",
        version: heading!.version,
      }),
    );
    expect(locked).toBeInstanceOf(ForbiddenError);
    expect((locked as ForbiddenError).reason.key).toBe("workflow:approvedLocked");
    saveSegment(db, ana, {
      jobId,
      segmentId: changed!.segmentId,
      text: "Plantaron 350 plántulas.",
      status: "translated",
      version: changed!.version,
    });
    submitJob(db, ana, { jobId }, new Date(now.getTime() + DAY_MS));
    expect(jobRow(db, jobId)).toMatchObject({ status: "in_review", assigneeId: ana.id, reviewerId: null });
    expect(statusesOf(jobId)).toEqual(["approved", "approved", "translated", "approved", "approved"]);
  });

  it("does the same for a published job", async () => {
    const { ana, articleId, jobId } = await approved();
    const job = jobRow(db, jobId);
    db.update(jobs).set({ status: "published", publishedRevisionId: job.revisionId }).where(eq(jobs.id, jobId)).run();
    const texts = translationsOf(db, jobId).map((row) => row.text);

    const moments = changeOneSentence(articleId);

    expectReservedFor(jobId, ana.id, moments);
    expectOnlyChangedOutdated(jobId, texts);
    expect(auditOf(db, jobId, "job.reopened_by_source_update")).toMatchObject([{ data: { from: "published" } }]);
    expect(catalogueEntry(ana, jobId)).toMatchObject({ wordsToTranslate: CHANGED_WORDS });
  });

  it("ends a review in progress as superseded, keeping the segments the reviewer approved", async () => {
    const { ana, rita, articleId, jobId } = await inReview();
    const [heading] = translationsOf(db, jobId);
    reviewSegment(db, rita, {
      decision: "approve",
      jobId,
      segmentId: heading!.segmentId,
      version: heading!.version,
    });

    const moments = changeOneSentence(articleId);

    expectReservedFor(jobId, ana.id, moments);
    expect(statusesOf(jobId)).toEqual(["approved", "translated", "outdated", "translated", "translated"]);
    const [review] = reviewsOf(jobId);
    expect(review).toMatchObject({ reviewerId: rita.id, outcome: "superseded" });
    expect(review!.finishedAt!.getTime()).toBeGreaterThanOrEqual(moments.before);
    expect(review!.finishedAt!.getTime()).toBeLessThanOrEqual(moments.after);
    const queue = listReviewQueue(db, rita);
    expect([...queue.mine, ...queue.waiting].map((entry) => entry.jobId)).not.toContain(jobId);
    expect(catalogueEntry(ana, jobId)).toMatchObject({ wordsToTranslate: CHANGED_WORDS });
  });

  it("leaves a job in progress with its translator, only outdating the changed sentence", async () => {
    const ana = await volunteerUser(db);
    const { articleId, job } = importJobs(db, bed.editor);
    const jobId = job("es");
    claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
    confirmAll(db, ana, jobId);

    changeOneSentence(articleId);

    expect(jobRow(db, jobId)).toMatchObject({
      status: "in_progress",
      assigneeId: ana.id,
      dueAt: at(POLICY.defaultDays),
      reservedForId: null,
      reservedUntil: null,
    });
    expect(statusesOf(jobId)).toEqual(["translated", "translated", "outdated", "translated", "translated"]);
    expect(auditOf(db, jobId, "job.reopened_by_source_update")).toEqual([]);
    expect(catalogueEntry(ana, jobId)).toMatchObject({ mine: true, wordsToTranslate: CHANGED_WORDS });
  });
});
