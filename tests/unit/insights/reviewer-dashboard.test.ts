// The reviewer's dashboard: the queue in numbers per review language, and their recent reviews.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ReviewOutcome } from "@/db/enums";
import { jobs, reviews } from "@/db/schema";
import { setUserLanguages } from "@/lib/admin/set-user-languages";
import { loadActor, type Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { listRecentReviews, RECENT_REVIEWS_SHOWN } from "@/lib/insights/recent-reviews";
import { reviewQueueSizes } from "@/lib/insights/review-queue-sizes";
import { listReviewQueue } from "@/lib/workflow/list-review-queue";
import { makeUser } from "../support/factories";
import { at, importJobs, reviewerUser, T0, volunteerUser, workflowTestBed } from "../workflow/support";
import { historyRow, setJob } from "./support";

const bed = workflowTestBed();
const { db } = bed;

/** A job into `language`, submitted by `translator`, optionally held by `reviewer` (sent back or not). */
function submitted(language: string, translator: Actor, held?: { reviewer: Actor; sentBack?: boolean }) {
  const jobId = importJobs(db, bed.editor, { targetLanguages: [language] }).job(language);
  historyRow(db, jobId, translator, T0);
  setJob(db, jobId, {
    status: held?.sentBack ? "in_progress" : "in_review",
    assigneeId: translator.id,
    claimedAt: T0,
    dueAt: at(7),
    submittedAt: at(1),
    reviewerId: held?.reviewer.id ?? null,
  });
  return jobId;
}

function finishedReview(
  reviewer: Actor,
  jobId: number,
  finishedAt: Date,
  outcome: ReviewOutcome,
  score: number | null,
) {
  const revisionId = db.select({ revisionId: jobs.revisionId }).from(jobs).where(eq(jobs.id, jobId)).get()!.revisionId;
  db.insert(reviews)
    .values({ jobId, reviewerId: reviewer.id, revisionId, startedAt: T0, finishedAt, outcome, score, wordCount: 18 })
    .run();
}

describe("the review queue in numbers", () => {
  it("counts, for each language the reviewer reviews, what waits, what they hold and what they sent back", async () => {
    const marta = await reviewerUser(db, ["es", "fr", "pt"]);
    const other = await reviewerUser(db, ["es"]);
    const ana = await volunteerUser(db, ["es", "fr", "de"]);
    submitted("es", ana);
    submitted("es", ana);
    submitted("es", ana, { reviewer: marta });
    submitted("es", ana, { reviewer: other });
    submitted("fr", ana, { reviewer: marta, sentBack: true });
    submitted("de", ana);
    // Marta translated part of this one: she may never review it, so it is not in her queue.
    const own = submitted("es", ana);
    historyRow(db, own, marta, T0);

    const sizes = reviewQueueSizes(db, marta);

    expect(sizes).toEqual([
      { language: "es", waiting: 2, takenByYou: 1, sentBack: 0 },
      { language: "fr", waiting: 0, takenByYou: 0, sentBack: 1 },
      { language: "pt", waiting: 0, takenByYou: 0, sentBack: 0 },
    ]);
    // The same numbers as the queue page lists.
    const queue = listReviewQueue(db, marta);
    expect(queue.waiting).toHaveLength(2);
    expect(queue.mine).toHaveLength(2);
  });

  it("is empty for a reviewer without review languages, and refused to volunteers", async () => {
    const unassigned = await reviewerUser(db, []);
    expect(reviewQueueSizes(db, unassigned)).toEqual([]);
    const volunteer = await volunteerUser(db);
    expect(() => reviewQueueSizes(db, volunteer)).toThrow(NotFoundError);
  });
});

describe("recent reviews", () => {
  it("lists the reviewer's last ten finished reviews, newest first, with outcome and score", async () => {
    const marta = await reviewerUser(db, ["es"]);
    const other = await reviewerUser(db, ["es"]);
    const ana = await volunteerUser(db, ["es", "fr"]);
    const jobIds = Array.from({ length: 12 }, () => submitted("es", ana));
    jobIds.forEach((jobId, index) => finishedReview(marta, jobId, at(10 + index), "approved", index * 1.5));
    const released = submitted("es", ana);
    finishedReview(marta, released, at(30), "released", null);
    finishedReview(other, released, at(31), "approved", 0);
    // A review still going on is not "recent": it is in the queue.
    const ongoing = submitted("es", ana, { reviewer: marta });
    const { revisionId } = db.select({ revisionId: jobs.revisionId }).from(jobs).where(eq(jobs.id, ongoing)).get()!;
    db.insert(reviews)
      .values({ jobId: ongoing, reviewerId: marta.id, revisionId, startedAt: at(32) })
      .run();

    const recent = listRecentReviews(db, marta);

    expect(recent).toHaveLength(RECENT_REVIEWS_SHOWN);
    expect(recent[0]).toMatchObject({ jobId: released, outcome: "released", score: null, finishedAt: at(30) });
    expect(recent.slice(1).map((review) => review.jobId)).toEqual(jobIds.slice(3).reverse());
    expect(recent[1]).toMatchObject({ outcome: "approved", score: 16.5, targetLanguage: "es", canOpen: true });
  });

  it("keeps a review the reviewer can no longer open, without its link", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    const marta = await reviewerUser(db, ["es", "fr"]);
    const ana = await volunteerUser(db, ["fr"]);
    finishedReview(marta, submitted("fr", ana), at(5), "approved", 0);
    setUserLanguages(db, admin, { userId: marta.id, review: ["es"] });

    const [review] = listRecentReviews(db, loadActor(db, marta.id)!);

    expect(review).toMatchObject({ targetLanguage: "fr", canOpen: false });
  });

  it("is refused to volunteers", async () => {
    const volunteer = await volunteerUser(db);
    expect(() => listRecentReviews(db, volunteer)).toThrow(NotFoundError);
  });
});
