// Reviewing a submitted translation: the queue, taking a review, segment decisions, sending the job
// back to its translator, and approving it with a score.
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { reviews } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { approveJob } from "@/lib/workflow/approve-job";
import { claimJob } from "@/lib/workflow/claim-job";
import { getJobWorkspace } from "@/lib/workflow/get-job-workspace";
import { getReviewWorkspace } from "@/lib/workflow/get-review-workspace";
import { listReviewQueue } from "@/lib/workflow/list-review-queue";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { releaseReview } from "@/lib/workflow/release-review";
import { requestChanges } from "@/lib/workflow/request-changes";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import { makeUser } from "../support/factories";
import {
  at,
  auditOf,
  commentsOf,
  expectRefusedUnchanged,
  expectWorkflowError,
  historyOf,
  importJobs,
  jobRow,
  POLICY,
  reviewerUser,
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

/** The Spanish translation of SAMPLE_SOURCES, keeping the link of the fourth sentence. */
const SPANISH = [
  "Manglares en Fiyi",
  "Los voluntarios se reunieron en Suva.",
  "Plantaron 300 plántulas.",
  "Vea el <1>informe</1>.",
  "El alcalde les dio las gracias.",
];

/** Words of SAMPLE: 3 + 4 + 4 + 3 ("See the report.") + 4. */
const WORDS = 18;

const MET = "Volunteers met in Suva.";
const PLANTED = "They planted 300 seedlings.";
const LINK = "See the <1>report</1>.";

const segmentOf = (jobId: number, source: string) => translationsOf(db, jobId).find((row) => row.source === source)!;
const statusesOf = (jobId: number) => translationsOf(db, jobId).map((row) => row.status);
const reviewsOf = (jobId: number) =>
  db.select().from(reviews).where(eq(reviews.jobId, jobId)).orderBy(asc(reviews.id)).all();
const queueIds = (entries: { jobId: number }[]) => entries.map((entry) => entry.jobId);

/** The translator confirms every segment, each save answering "translated". */
function translateAll(translator: Actor, jobId: number) {
  translationsOf(db, jobId).forEach((row, index) => {
    const text = SPANISH[index]!;
    const saved = saveSegment(db, translator, {
      jobId,
      segmentId: row.segmentId,
      text,
      status: "translated",
      version: row.version,
    });
    expect(saved).toMatchObject({ text, status: "translated", version: row.version + 1 });
  });
}

/** A Spanish job translated in full and submitted (by a new volunteer unless one is given). */
async function submitted(options: { translator?: Actor; submittedAt?: Date } = {}) {
  const ana = options.translator ?? (await volunteerUser(db));
  const jobId = importJobs(db, bed.editor).job("es");
  claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
  translateAll(ana, jobId);
  submitJob(db, ana, { jobId }, options.submittedAt ?? at(1));
  return { ana, jobId };
}

/** A submitted job taken by a new Spanish reviewer at day 2. */
async function inReview() {
  const { ana, jobId } = await submitted();
  const rita = await reviewerUser(db, ["es"]);
  takeReview(db, rita, { jobId }, at(2));
  return { ana, rita, jobId };
}

const FLUENCY = { comment: "«Se reunieron en Suva» reads better.", category: "fluency", severity: "minor" } as const;
const ACCURACY = { comment: "They are mangrove seedlings: say so.", category: "accuracy", severity: "major" } as const;

/** In review, with the second sentence rejected as a minor fluency error and the third as a major accuracy one. */
async function withTwoRejections() {
  const { ana, rita, jobId } = await inReview();
  for (const [source, reason] of [
    [MET, FLUENCY],
    [PLANTED, ACCURACY],
  ] as const) {
    const row = segmentOf(jobId, source);
    reviewSegment(
      db,
      rita,
      { decision: "reject", jobId, segmentId: row.segmentId, version: row.version, ...reason },
      at(2),
    );
  }
  return { ana, rita, jobId };
}

/** The reviewer approved the heading, rejected two sentences and sent the job back at day 3. */
async function sentBack() {
  const { ana, rita, jobId } = await withTwoRejections();
  const heading = segmentOf(jobId, SAMPLE_SOURCES[0]!);
  reviewSegment(
    db,
    rita,
    { decision: "approve", jobId, segmentId: heading.segmentId, version: heading.version },
    at(2),
  );
  const result = requestChanges(
    db,
    rita,
    { jobId, note: "Two sentences need another look." },
    { policy: POLICY, now: at(3) },
  );
  return { ana, rita, jobId, result };
}

/** The translator fixed both rejected sentences and submitted again at day 4. */
async function resubmitted() {
  const { ana, rita, jobId } = await sentBack();
  for (const [source, text] of [
    [MET, "Los voluntarios se reunieron en Suva."],
    [PLANTED, "Plantaron 300 plántulas de mangle."],
  ] as const) {
    const row = segmentOf(jobId, source);
    saveSegment(db, ana, { jobId, segmentId: row.segmentId, text, status: "translated", version: row.version });
  }
  submitJob(db, ana, { jobId }, at(4));
  return { ana, rita, jobId };
}

describe("the review queue", () => {
  it("lists submitted jobs to reviewers of the language, oldest first, with their words and translator", async () => {
    const later = await submitted({ submittedAt: at(3) });
    const earlier = await submitted({ submittedAt: at(1) });
    const rita = await reviewerUser(db, ["es"]);
    const arabicReviewer = await reviewerUser(db, ["ar"]);

    const queue = listReviewQueue(db, rita);
    const ours = queue.waiting.filter((entry) => [later.jobId, earlier.jobId].includes(entry.jobId));
    expect(ours).toEqual([
      {
        jobId: earlier.jobId,
        title: expect.stringMatching(/^Mangroves/),
        sourceLanguage: "en",
        targetLanguage: "es",
        words: WORDS,
        translatorName: earlier.ana.displayName,
        submittedAt: at(1),
        status: "in_review",
      },
      expect.objectContaining({
        jobId: later.jobId,
        translatorName: later.ana.displayName,
        submittedAt: at(3),
      }),
    ]);
    expect(queue.mine).toEqual([]);
    expect(queueIds(listReviewQueue(db, arabicReviewer).waiting)).not.toContain(earlier.jobId);
  });

  it("never offers translators their own work, even when they review the language", async () => {
    const bilingual = await makeUser(db, { role: "reviewer", translate: ["es"], review: ["es"] });
    const { jobId } = await submitted({ translator: bilingual });
    const rita = await reviewerUser(db, ["es"]);

    expect(queueIds(listReviewQueue(db, rita).waiting)).toContain(jobId);
    const own = listReviewQueue(db, bilingual);
    expect(queueIds(own.waiting)).not.toContain(jobId);
    expect(queueIds(own.mine)).not.toContain(jobId);
  });

  it("is refused to a volunteer", async () => {
    const volunteer = await volunteerUser(db, ["es"]);
    expect(() => listReviewQueue(db, volunteer)).toThrow(NotFoundError);
  });
});

describe("who may review", () => {
  it("answers 404 to reviewers of another language and to volunteers, changing nothing", async () => {
    const { jobId } = await submitted();
    const arabicReviewer = await reviewerUser(db, ["ar"]);
    const volunteer = await volunteerUser(db, ["es"]);
    // A volunteer listed as a reviewer of the language is still only a volunteer.
    const volunteerWithReview = await makeUser(db, { role: "volunteer", translate: ["es"], review: ["es"] });

    for (const outsider of [arabicReviewer, volunteer, volunteerWithReview]) {
      expectRefusedUnchanged(db, jobId, () => takeReview(db, outsider, { jobId }, at(2)), NotFoundError);
      expect(() => getReviewWorkspace(db, outsider, jobId)).toThrow(NotFoundError);
    }
    expect(jobRow(db, jobId)).toMatchObject({ status: "in_review", reviewerId: null });
    expect(reviewsOf(jobId)).toEqual([]);
  });

  it("answers 404 to the translator who also reviews the language, who cannot open or take their own job", async () => {
    const bilingual = await makeUser(db, { role: "reviewer", translate: ["es"], review: ["es"] });
    const { jobId } = await submitted({ translator: bilingual });

    expect(() => getReviewWorkspace(db, bilingual, jobId)).toThrow(NotFoundError);
    expectRefusedUnchanged(db, jobId, () => takeReview(db, bilingual, { jobId }, at(2)), NotFoundError);
    expect(jobRow(db, jobId)).toMatchObject({ status: "in_review", reviewerId: null });
    expect(reviewsOf(jobId)).toEqual([]);
  });

  it("keeps out a reviewer who drafted part of the job before giving it up", async () => {
    const bilingual = await makeUser(db, { role: "reviewer", translate: ["es"], review: ["es"] });
    const jobId = importJobs(db, bed.editor).job("es");
    claimJob(db, bilingual, { jobId }, { policy: POLICY, now: T0 });
    const first = translationsOf(db, jobId)[0]!;
    saveSegment(db, bilingual, { jobId, segmentId: first.segmentId, text: "Manglares", status: "draft", version: 1 });
    releaseClaim(db, bilingual, { jobId }, T0);
    const ana = await volunteerUser(db);
    claimJob(db, ana, { jobId }, { policy: POLICY, now: at(1) });
    translateAll(ana, jobId);
    submitJob(db, ana, { jobId }, at(2));

    expect(queueIds(listReviewQueue(db, bilingual).waiting)).not.toContain(jobId);
    expect(() => getReviewWorkspace(db, bilingual, jobId)).toThrow(NotFoundError);
    expectRefusedUnchanged(db, jobId, () => takeReview(db, bilingual, { jobId }, at(3)), NotFoundError);
  });
});

describe("taking a review", () => {
  it("gives the job to the first of two reviewers and names them to the second", async () => {
    const { jobId } = await submitted();
    const rita = await reviewerUser(db, ["es"]);
    const sam = await reviewerUser(db, ["es"]);

    takeReview(db, rita, { jobId }, at(2));
    const before = snapshot(db, jobId);
    expectWorkflowError(() => takeReview(db, sam, { jobId }, at(2)), "workflow:reviewTakenBy", {
      name: rita.displayName,
    });
    expectWorkflowError(() => takeReview(db, rita, { jobId }, at(2)), "workflow:reviewAlreadyYours");
    expect(snapshot(db, jobId)).toEqual(before);

    expect(jobRow(db, jobId)).toMatchObject({ status: "in_review", reviewerId: rita.id });
    expect(reviewsOf(jobId)).toMatchObject([
      { reviewerId: rita.id, startedAt: at(2), finishedAt: null, outcome: null, wordCount: WORDS, penaltyPoints: 0 },
    ]);
    expect(queueIds(listReviewQueue(db, rita).mine)).toContain(jobId);
    expect(queueIds(listReviewQueue(db, rita).waiting)).not.toContain(jobId);
    expect(queueIds(listReviewQueue(db, sam).waiting)).not.toContain(jobId);
    expect(auditOf(db, jobId, "review.taken")).toMatchObject([{ actorId: rita.id }]);

    const workspace = getReviewWorkspace(db, rita, jobId);
    expect(workspace.access).toEqual({ takeReview: false, review: true, comment: true });
    expect(workspace.segments.map((segment) => segment.translation.text)).toEqual(SPANISH);
    expect(workspace.segments.map((segment) => segment.source)).toEqual(SAMPLE_SOURCES);
    expect(getReviewWorkspace(db, sam, jobId).access).toMatchObject({ takeReview: false, review: false });
  });

  it("must come before any segment decision", async () => {
    const { jobId } = await submitted();
    const rita = await reviewerUser(db, ["es"]);
    const row = segmentOf(jobId, MET);
    expect(getReviewWorkspace(db, rita, jobId).access).toMatchObject({ takeReview: true, review: false });
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => reviewSegment(db, rita, { decision: "approve", jobId, segmentId: row.segmentId, version: row.version }),
      ForbiddenError,
    );
    expect((error as ForbiddenError).reason.key).toBe("workflow:takeReviewFirst");
    expect(statusesOf(jobId)).toEqual(Array(5).fill("translated"));
  });
});

describe("deciding on segments", () => {
  it("refuses a rejection without a comment or a category, writing nothing", async () => {
    const { rita, jobId } = await inReview();
    const row = segmentOf(jobId, MET);
    const reject = (fields: Record<string, string>) => () =>
      reviewSegment(db, rita, { decision: "reject", jobId, segmentId: row.segmentId, version: row.version, ...fields });

    for (const [fields, missing] of [
      [{ category: "fluency", severity: "minor" }, "comment"],
      [{ comment: "   ", category: "fluency", severity: "minor" }, "comment"],
      [{ comment: "Awkward.", severity: "minor" }, "category"],
      [{ comment: "Awkward.", category: "fluency" }, "severity"],
    ] as const) {
      const error = expectRefusedUnchanged(db, jobId, reject(fields), ValidationError);
      expect(Object.keys((error as ValidationError).fields)).toContain(missing);
    }
    expect(reviewsOf(jobId)[0]!.penaltyPoints).toBe(0);
  });

  it("records rejections with their comment, category and severity, weighing minor 1 and major 5", async () => {
    const { rita, jobId } = await withTwoRejections();

    expect(statusesOf(jobId)).toEqual(["translated", "rejected", "rejected", "translated", "translated"]);
    expect(translationsOf(db, jobId).map((row) => row.text)).toEqual(SPANISH);
    const met = segmentOf(jobId, MET);
    const planted = segmentOf(jobId, PLANTED);
    expect(commentsOf(db, jobId)).toMatchObject([
      { segmentId: met.segmentId, authorId: rita.id, body: FLUENCY.comment, category: "fluency", severity: "minor" },
      {
        segmentId: planted.segmentId,
        authorId: rita.id,
        body: ACCURACY.comment,
        category: "accuracy",
        severity: "major",
      },
    ]);
    expect(reviewsOf(jobId)).toMatchObject([{ penaltyPoints: 6, finishedAt: null }]);
    expect(getReviewWorkspace(db, rita, jobId).review).toEqual({
      reviewerName: rita.displayName,
      penaltyPoints: 6,
      words: WORDS,
      score: Math.round((6 * 1000 * 10) / WORDS) / 10,
      changeRequests: 0,
    });
  });

  it("refuses to approve the job while a segment is rejected", async () => {
    const { rita, jobId } = await withTwoRejections();
    const reviewBefore = reviewsOf(jobId);
    const before = snapshot(db, jobId);
    expectWorkflowError(() => approveJob(db, rita, { jobId }, at(3)), "workflow:approveWithRejected", { count: 2 });
    expect(snapshot(db, jobId)).toEqual(before);
    expect(reviewsOf(jobId)).toEqual(reviewBefore);
  });

  it("refuses to send back a job with no rejected segment", async () => {
    const { rita, jobId } = await inReview();
    const before = snapshot(db, jobId);
    expectWorkflowError(
      () => requestChanges(db, rita, { jobId }, { policy: POLICY, now: at(3) }),
      "workflow:requestChangesNeedsRejection",
    );
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("refuses an edit whose tags do not match the source, writing nothing", async () => {
    const { rita, jobId } = await inReview();
    const link = segmentOf(jobId, LINK);
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () =>
        reviewSegment(db, rita, {
          decision: "edit",
          jobId,
          segmentId: link.segmentId,
          version: link.version,
          text: "Consulte el informe.",
        }),
      ValidationError,
    );
    expect(Object.keys((error as ValidationError).fields)).toEqual(["text"]);
  });

  it("answers a stale version with the text the server holds", async () => {
    const { rita, jobId } = await inReview();
    const link = segmentOf(jobId, LINK);
    reviewSegment(db, rita, {
      decision: "edit",
      jobId,
      segmentId: link.segmentId,
      version: link.version,
      text: "Consulte el <1>informe</1>.",
    });
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => reviewSegment(db, rita, { decision: "approve", jobId, segmentId: link.segmentId, version: link.version }),
      ConflictError,
    );
    expect((error as ConflictError).current).toEqual({
      segmentId: link.segmentId,
      text: "Consulte el <1>informe</1>.",
      status: "approved",
      version: link.version + 1,
      authorName: rita.displayName,
    });
  });
});

describe("sending a job back to its translator", () => {
  it("returns it in progress to the same translator with a new due time, keeping approved segments locked", async () => {
    const { ana, rita, jobId, result } = await sentBack();

    expect(result).toEqual({ dueAt: at(3 + POLICY.defaultDays) });
    expect(jobRow(db, jobId)).toMatchObject({
      status: "in_progress",
      assigneeId: ana.id,
      reviewerId: rita.id,
      dueAt: at(3 + POLICY.defaultDays),
      claimExtended: false,
    });
    expect(statusesOf(jobId)).toEqual(["approved", "rejected", "rejected", "translated", "translated"]);
    expect(reviewsOf(jobId)).toMatchObject([
      { reviewerId: rita.id, finishedAt: null, changeRequests: 1, penaltyPoints: 6 },
    ]);
    expect(auditOf(db, jobId, "job.changes_requested")).toMatchObject([{ actorId: rita.id }]);

    // The reviewer keeps the job among theirs while the translator works on it.
    const queue = listReviewQueue(db, rita);
    expect(queue.mine.filter((entry) => entry.jobId === jobId)).toMatchObject([{ status: "in_progress" }]);
    expect(queueIds(queue.waiting)).not.toContain(jobId);

    const heading = segmentOf(jobId, SAMPLE_SOURCES[0]!);
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () =>
        saveSegment(db, ana, {
          jobId,
          segmentId: heading.segmentId,
          text: "Los manglares de Fiyi",
          status: "translated",
          version: heading.version,
        }),
      ForbiddenError,
    );
    expect((error as ForbiddenError).reason.key).toBe("workflow:approvedLocked");

    // Nor may the reviewer decide on segments while the translator has the job.
    const met = segmentOf(jobId, MET);
    expectWorkflowError(
      () => reviewSegment(db, rita, { decision: "approve", jobId, segmentId: met.segmentId, version: met.version }),
      "workflow:notInReview",
    );
  });

  it("shows the translator the reviewer's comments on the rejected segments", async () => {
    const { ana, jobId } = await sentBack();
    const workspace = getJobWorkspace(db, ana, jobId);
    expect(workspace.access).toMatchObject({ view: true, edit: true });
    expect(workspace.job).toMatchObject({ status: "in_progress", assigneeId: ana.id, dueAt: at(10) });
    expect(workspace.segments.map((segment) => segment.rejection)).toMatchObject([
      null,
      { body: FLUENCY.comment, category: "fluency", severity: "minor" },
      { body: ACCURACY.comment, category: "accuracy", severity: "major" },
      null,
      null,
    ]);
    expect(workspace.segments.map((segment) => segment.translation.status)).toEqual([
      "approved",
      "rejected",
      "rejected",
      "translated",
      "translated",
    ]);
  });

  it("brings the fixed translation straight back to the same reviewer", async () => {
    const { ana, rita, jobId } = await resubmitted();
    const sam = await reviewerUser(db, ["es"]);

    expect(jobRow(db, jobId)).toMatchObject({
      status: "in_review",
      assigneeId: ana.id,
      reviewerId: rita.id,
      submittedAt: at(4),
    });
    expect(statusesOf(jobId)).toEqual(["approved", "translated", "translated", "translated", "translated"]);
    const queue = listReviewQueue(db, rita);
    expect(queue.mine.filter((entry) => entry.jobId === jobId)).toMatchObject([{ status: "in_review" }]);
    expect(queueIds(queue.waiting)).not.toContain(jobId);
    expect(queueIds(listReviewQueue(db, sam).waiting)).not.toContain(jobId);
    expectWorkflowError(() => takeReview(db, sam, { jobId }, at(4)), "workflow:reviewTakenBy", {
      name: rita.displayName,
    });
    expect(reviewsOf(jobId)).toHaveLength(1);
    expect(getReviewWorkspace(db, rita, jobId).access).toMatchObject({ review: true });
  });
});

describe("finishing a review", () => {
  it("keeps the translator's text in the history when the reviewer edits it, and shows both", async () => {
    const { ana, rita, jobId } = await resubmitted();
    const link = segmentOf(jobId, LINK);
    const edited = reviewSegment(
      db,
      rita,
      {
        decision: "edit",
        jobId,
        segmentId: link.segmentId,
        version: link.version,
        text: "Consulte el <1>informe</1>.",
      },
      at(5),
    );
    expect(edited).toMatchObject({
      text: "Consulte el <1>informe</1>.",
      status: "approved",
      authorName: rita.displayName,
    });

    const history = historyOf(db, jobId).filter((entry) => entry.segmentId === link.segmentId);
    expect(history.map(({ authorId, text, status }) => ({ authorId, text, status }))).toEqual([
      { authorId: ana.id, text: "Vea el <1>informe</1>.", status: "translated" },
      { authorId: rita.id, text: "Consulte el <1>informe</1>.", status: "approved" },
    ]);
    const workspace = getReviewWorkspace(db, rita, jobId);
    expect(workspace.segments.map((segment) => segment.translatorText)).toEqual([
      null,
      null,
      null,
      "Vea el <1>informe</1>.",
      null,
    ]);
    expect(workspace.segments[3]!.translation).toMatchObject({
      text: "Consulte el <1>informe</1>.",
      status: "approved",
    });
    // The translator sees the reviewer's text in their workspace.
    expect(getJobWorkspace(db, ana, jobId).segments[3]!.translation.text).toBe("Consulte el <1>informe</1>.");
  });

  it("approves every remaining segment and the job, storing the score per 1,000 words", async () => {
    const { rita, jobId } = await resubmitted();
    const link = segmentOf(jobId, LINK);
    reviewSegment(db, rita, {
      decision: "edit",
      jobId,
      segmentId: link.segmentId,
      version: link.version,
      text: "Consulte el <1>informe</1>.",
    });

    const score = Math.round((6 * 1000 * 10) / WORDS) / 10;
    expect(approveJob(db, rita, { jobId }, at(5))).toEqual({ score });
    expect(jobRow(db, jobId)).toMatchObject({ status: "approved", approvedAt: at(5), reviewerId: rita.id });
    expect(statusesOf(jobId)).toEqual(Array(5).fill("approved"));
    expect(translationsOf(db, jobId).map((row) => row.text)).toEqual([
      "Manglares en Fiyi",
      "Los voluntarios se reunieron en Suva.",
      "Plantaron 300 plántulas de mangle.",
      "Consulte el <1>informe</1>.",
      "El alcalde les dio las gracias.",
    ]);
    expect(reviewsOf(jobId)).toMatchObject([
      {
        reviewerId: rita.id,
        finishedAt: at(5),
        outcome: "approved",
        score,
        penaltyPoints: 6,
        wordCount: WORDS,
        changeRequests: 1,
      },
    ]);
    expect(auditOf(db, jobId, "job.approved")).toMatchObject([
      { actorId: rita.id, data: { score, penaltyPoints: 6, words: WORDS } },
    ]);

    const queue = listReviewQueue(db, rita);
    expect(queueIds([...queue.mine, ...queue.waiting])).not.toContain(jobId);
    expect(getReviewWorkspace(db, rita, jobId).review).toMatchObject({ score, penaltyPoints: 6, changeRequests: 1 });
    expectWorkflowError(() => approveJob(db, rita, { jobId }, at(6)), "workflow:notInReview", { status: "approved" });
  });

  it("approves a clean translation with a score of 0", async () => {
    const { rita, jobId } = await inReview();
    expect(approveJob(db, rita, { jobId }, at(3))).toEqual({ score: 0 });
    expect(statusesOf(jobId)).toEqual(Array(5).fill("approved"));
    expect(reviewsOf(jobId)).toMatchObject([{ outcome: "approved", score: 0 }]);
  });

  it("gives a released review back to the queue, keeping the segment decisions", async () => {
    const { rita, jobId } = await inReview();
    const heading = segmentOf(jobId, SAMPLE_SOURCES[0]!);
    const met = segmentOf(jobId, MET);
    reviewSegment(db, rita, { decision: "approve", jobId, segmentId: heading.segmentId, version: heading.version });
    reviewSegment(db, rita, {
      decision: "reject",
      jobId,
      segmentId: met.segmentId,
      version: met.version,
      ...FLUENCY,
    });
    const sam = await reviewerUser(db, ["es"]);
    const error = expectRefusedUnchanged(db, jobId, () => releaseReview(db, sam, { jobId }, at(3)), ForbiddenError);
    expect((error as ForbiddenError).reason).toEqual({
      key: "workflow:reviewTakenBy",
      values: { name: rita.displayName },
    });

    releaseReview(db, rita, { jobId }, at(3));

    expect(jobRow(db, jobId)).toMatchObject({ status: "in_review", reviewerId: null });
    expect(statusesOf(jobId)).toEqual(["approved", "rejected", "translated", "translated", "translated"]);
    expect(reviewsOf(jobId)).toMatchObject([{ reviewerId: rita.id, finishedAt: at(3), outcome: "released" }]);
    expect(queueIds(listReviewQueue(db, rita).waiting)).toContain(jobId);
    expect(queueIds(listReviewQueue(db, rita).mine)).not.toContain(jobId);
    const forbidden = thrownBy(() =>
      reviewSegment(db, rita, { decision: "approve", jobId, segmentId: met.segmentId, version: met.version + 1 }),
    );
    expect(forbidden).toBeInstanceOf(ForbiddenError);

    takeReview(db, sam, { jobId }, at(4));
    expect(jobRow(db, jobId).reviewerId).toBe(sam.id);
    expect(reviewsOf(jobId)).toMatchObject([
      { reviewerId: rita.id, outcome: "released" },
      { reviewerId: sam.id, finishedAt: null, outcome: null },
    ]);
    const workspace = getReviewWorkspace(db, sam, jobId);
    expect(workspace.segments.map((segment) => segment.translation.status)).toEqual([
      "approved",
      "rejected",
      "translated",
      "translated",
      "translated",
    ]);
    expect(thrownBy(() => approveJob(db, sam, { jobId }, at(4)))).toBeInstanceOf(WorkflowError);
  });
});

describe("a sent-back job whose translator lets go", () => {
  it("ends the review when the translator releases it, so the former reviewer can never review their own fix", async () => {
    const { ana, rita, jobId } = await sentBack();

    releaseClaim(db, ana, { jobId }, at(4));

    expect(jobRow(db, jobId)).toMatchObject({ status: "open", assigneeId: null, reviewerId: null });
    expect(reviewsOf(jobId)).toMatchObject([{ reviewerId: rita.id, finishedAt: at(4), outcome: "released" }]);
    // The rejection and its comment stay for whoever claims the job next.
    expect(statusesOf(jobId)).toContain("rejected");
  });
});
