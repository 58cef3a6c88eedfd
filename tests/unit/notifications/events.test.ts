// Each workflow event tells the right people, once, and never the person who caused it.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { reimportArticle } from "@/lib/articles/reimport-article";
import type { Actor } from "@/lib/auth/actor";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/list-notifications";
import { publishJob } from "@/lib/publications/publish-job";
import { approveJob } from "@/lib/workflow/approve-job";
import { claimJob } from "@/lib/workflow/claim-job";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { requestChanges } from "@/lib/workflow/request-changes";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import { RESERVATION_DAYS } from "@/lib/workflow/claim-policy";
import {
  at,
  confirmAll,
  DAY_MS,
  importJobs,
  POLICY,
  reviewerUser,
  SAMPLE,
  T0,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "../workflow/support";
import { notificationsOf, setChannels } from "./support";

const bed = workflowTestBed();
const { db } = bed;

/** A Spanish job claimed by Ana, translated in full, submitted and taken by Rita. */
async function inReview(translator?: Actor) {
  const ana = translator ?? (await volunteerUser(db));
  const rita = await reviewerUser(db, ["es"]);
  const { articleId, job } = importJobs(db, bed.editor);
  const jobId = job("es");
  claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
  confirmAll(db, ana, jobId);
  submitJob(db, ana, { jobId }, at(1));
  takeReview(db, rita, { jobId }, at(2));
  return { ana, rita, jobId, articleId };
}

function rejectFirst(reviewer: Actor, jobId: number) {
  const row = translationsOf(db, jobId)[1]!;
  reviewSegment(db, reviewer, {
    decision: "reject",
    jobId,
    segmentId: row.segmentId,
    version: row.version,
    comment: "Say where they met.",
    category: "accuracy",
    severity: "major",
  });
}

/** What each of the people was told, in the order given. */
const everyoneIn = <People extends Actor[]>(...people: People) =>
  people.map((person) => notificationsOf(db, person.id)) as { [K in keyof People]: ReturnType<typeof notificationsOf> };

describe("changes requested", () => {
  it("tells the translator, with the reviewer's name and the new due time, and nobody else", async () => {
    const { ana, rita, jobId } = await inReview();
    rejectFirst(rita, jobId);
    const { dueAt } = requestChanges(db, rita, { jobId }, { policy: POLICY, now: at(3) });

    const [toAna, toRita, toEditor] = everyoneIn(ana, rita, bed.editor);
    expect(toAna).toHaveLength(1);
    expect(toAna[0]).toMatchObject({
      kind: "changes-requested",
      readAt: null,
      emailState: "pending",
      createdAt: at(3),
      payload: {
        jobId,
        title: expect.stringMatching(/^Mangroves/),
        sourceLanguage: "en",
        targetLanguage: "es",
        reviewerName: rita.displayName,
        dueAt: dueAt.toISOString(),
      },
    });
    expect(toRita).toEqual([]);
    expect(toEditor).toEqual([]);
    expect(countUnreadNotifications(db, ana)).toBe(1);
  });
});

describe("job approved", () => {
  it("tells every volunteer who translated the job, once each, and not the reviewer", async () => {
    // Ben translates the first two sentences and gives the job back; Ana finishes it.
    const ben = await volunteerUser(db);
    const ana = await volunteerUser(db);
    const rita = await reviewerUser(db, ["es"]);
    const jobId = importJobs(db, bed.editor).job("es");
    claimJob(db, ben, { jobId }, { policy: POLICY, now: T0 });
    for (const row of translationsOf(db, jobId).slice(0, 2)) {
      saveSegment(db, ben, {
        jobId,
        segmentId: row.segmentId,
        text: `ES ${row.source}`,
        status: "translated",
        version: row.version,
      });
    }
    releaseClaim(db, ben, { jobId }, at(1));
    claimJob(db, ana, { jobId }, { policy: POLICY, now: at(1) });
    confirmAll(db, ana, jobId);
    submitJob(db, ana, { jobId }, at(2));
    takeReview(db, rita, { jobId }, at(2));
    approveJob(db, rita, { jobId }, at(3));

    const [toAna, toBen, toRita] = everyoneIn(ana, ben, rita);
    expect(toAna.map((row) => row.kind)).toEqual(["job-approved"]);
    expect(toBen.map((row) => row.kind)).toEqual(["job-approved"]);
    expect(toAna[0]!.payload).toMatchObject({ jobId, reviewerName: rita.displayName });
    expect(toRita).toEqual([]);
  });
});

describe("article published", () => {
  it("tells the credited volunteer and the reviewer, not the editor who published", async () => {
    const { ana, rita, jobId } = await inReview();
    approveJob(db, rita, { jobId }, at(3));
    const { slug } = publishJob(db, bed.editor, { jobId }, at(4));

    const [toAna, toRita, toEditor] = everyoneIn(ana, rita, bed.editor);
    expect(toAna.map((row) => row.kind)).toEqual(["job-approved", "article-published"]);
    expect(toRita.map((row) => row.kind)).toEqual(["article-published"]);
    expect(toRita[0]!.payload).toMatchObject({ jobId, slug, targetLanguage: "es" });
    expect(toEditor).toEqual([]);
  });

  it("does not tell an editor what they published themselves, even when they reviewed it", async () => {
    const editorReviewer = await reviewerUser(db, ["es"], "editor");
    const ana = await volunteerUser(db);
    const jobId = importJobs(db, bed.editor).job("es");
    claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
    confirmAll(db, ana, jobId);
    submitJob(db, ana, { jobId }, at(1));
    takeReview(db, editorReviewer, { jobId }, at(2));
    approveJob(db, editorReviewer, { jobId }, at(3));
    publishJob(db, editorReviewer, { jobId }, at(4));

    expect(notificationsOf(db, editorReviewer.id)).toEqual([]);
    expect(notificationsOf(db, ana.id, "article-published")).toHaveLength(1);
  });
});

describe("source updated", () => {
  const CHANGED = SAMPLE.replace("They planted 300 seedlings.", "They planted 350 seedlings.");

  it("tells the job's translator how much changed and until when the job is kept for them", async () => {
    const { ana, rita, jobId, articleId } = await inReview();
    const before = Date.now();
    reimportArticle(db, bed.editor, { articleId, format: "markdown", content: CHANGED });

    const toAna = notificationsOf(db, ana.id, "source-updated");
    expect(toAna).toHaveLength(1);
    const payload = toAna[0]!.payload as { changedSegments: number; reservedUntil: string | null; jobId: number };
    expect(payload.jobId).toBe(jobId);
    expect(payload.changedSegments).toBe(1);
    const reservedUntil = new Date(payload.reservedUntil!).getTime();
    expect(reservedUntil).toBeGreaterThanOrEqual(before + RESERVATION_DAYS * DAY_MS);
    expect(reservedUntil).toBeLessThanOrEqual(Date.now() + RESERVATION_DAYS * DAY_MS);
    // The reviewer's turn ends with the update; reviewers are not translators of the job.
    expect(notificationsOf(db, rita.id)).toEqual([]);
    expect(notificationsOf(db, bed.editor.id)).toEqual([]);
  });

  it("tells the volunteer translating it now as well as earlier translators, without a reservation", async () => {
    const ben = await volunteerUser(db);
    const ana = await volunteerUser(db);
    const { articleId, job } = importJobs(db, bed.editor);
    const jobId = job("es");
    claimJob(db, ben, { jobId }, { policy: POLICY, now: T0 });
    const first = translationsOf(db, jobId)[0]!;
    saveSegment(db, ben, {
      jobId,
      segmentId: first.segmentId,
      text: "Manglares",
      status: "translated",
      version: first.version,
    });
    releaseClaim(db, ben, { jobId }, at(1));
    // Ana holds the claim and has confirmed nothing yet.
    claimJob(db, ana, { jobId }, { policy: POLICY, now: new Date() });
    reimportArticle(db, bed.editor, { articleId, format: "markdown", content: CHANGED });

    for (const person of [ana, ben]) {
      const rows = notificationsOf(db, person.id, "source-updated");
      expect(rows).toHaveLength(1);
      expect(rows[0]!.payload).toMatchObject({ jobId, reservedUntil: null });
    }
    // The Arabic job of the same article has nobody on it: nobody to tell.
    expect(notificationsOf(db, bed.editor.id)).toEqual([]);
  });
});

describe("who is told", () => {
  it("skips disabled accounts", async () => {
    const { ana, rita, jobId } = await inReview();
    db.update(users).set({ disabled: true }).where(eq(users.id, ana.id)).run();
    rejectFirst(rita, jobId);
    requestChanges(db, rita, { jobId }, { policy: POLICY, now: at(3) });
    expect(notificationsOf(db, ana.id)).toEqual([]);
  });

  it("respects each person's choice: off, in the app only, or by e-mail only", async () => {
    const off = await inReview();
    setChannels(db, off.ana.id, "changes-requested", false, false);
    rejectFirst(off.rita, off.jobId);
    requestChanges(db, off.rita, { jobId: off.jobId }, { policy: POLICY, now: at(3) });
    expect(notificationsOf(db, off.ana.id)).toEqual([]);

    const appOnly = await inReview();
    setChannels(db, appOnly.ana.id, "job-approved", true, false);
    approveJob(db, appOnly.rita, { jobId: appOnly.jobId }, at(3));
    expect(notificationsOf(db, appOnly.ana.id)).toEqual([
      expect.objectContaining({ kind: "job-approved", emailState: "none", readAt: null }),
    ]);

    const mailOnly = await inReview();
    setChannels(db, mailOnly.ana.id, "job-approved", false, true);
    approveJob(db, mailOnly.rita, { jobId: mailOnly.jobId }, at(3));
    expect(notificationsOf(db, mailOnly.ana.id)).toEqual([
      expect.objectContaining({ kind: "job-approved", emailState: "pending", readAt: at(3) }),
    ]);
    // E-mailed, but neither on the bell nor in the list.
    expect(countUnreadNotifications(db, mailOnly.ana)).toBe(0);
    expect(listNotifications(db, mailOnly.ana).entries).toEqual([]);
  });
});
