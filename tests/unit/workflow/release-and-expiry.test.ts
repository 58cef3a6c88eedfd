// A claim ends when the volunteer releases it or its due time passes: the job returns to the pool
// with every translation kept.
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { claimJob } from "@/lib/workflow/claim-job";
import { expireClaims } from "@/lib/workflow/expire-claims";
import { extendClaim } from "@/lib/workflow/extend-claim";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { saveSegment } from "@/lib/workflow/save-segment";
import {
  at,
  auditOf,
  commentsOf,
  expectRefusedUnchanged,
  importJobs,
  jobRow,
  POLICY,
  snapshot,
  T0,
  translationsOf,
  volunteerUser,
  workflowTestBed,
  claimedByNewVolunteer,
} from "./support";

const bed = workflowTestBed();
const { db } = bed;

/** A job claimed by a fresh volunteer at T0 for `days`, with two segments worked on. */
async function claimedJob(days = 7) {
  const { ana, jobId } = await claimedByNewVolunteer(db, bed.editor, days);
  const [first, second] = translationsOf(db, jobId);
  saveSegment(db, ana, {
    jobId,
    segmentId: first!.segmentId,
    text: "Manglares en Fiyi",
    status: "translated",
    version: 1,
  });
  saveSegment(db, ana, { jobId, segmentId: second!.segmentId, text: "Voluntarios en", status: "draft", version: 1 });
  return { ana, jobId };
}

const worked = (jobId: number) =>
  translationsOf(db, jobId).map(({ text, status, version }) => ({ text, status, version }));

describe("releasing a claim", () => {
  it("returns the job to the pool with its translations and the volunteer's note", async () => {
    const { ana, jobId } = await claimedJob();
    const translations = worked(jobId);
    releaseClaim(db, ana, { jobId, note: "  Too technical for me, sorry.  " }, at(1));

    expect(jobRow(db, jobId)).toMatchObject({
      status: "open",
      assigneeId: null,
      claimedAt: null,
      dueAt: null,
      claimExtended: false,
    });
    expect(worked(jobId)).toEqual(translations);
    expect(worked(jobId).slice(0, 2)).toEqual([
      { text: "Manglares en Fiyi", status: "translated", version: 2 },
      { text: "Voluntarios en", status: "draft", version: 2 },
    ]);
    expect(commentsOf(db, jobId)).toMatchObject([
      { authorId: ana.id, body: "Too technical for me, sorry.", segmentId: null },
    ]);
    expect(auditOf(db, jobId, "job.released")).toMatchObject([{ actorId: ana.id }]);
  });

  it("stores no comment when the note is empty or blank", async () => {
    for (const note of [undefined, "", "   "]) {
      const { ana, jobId } = await claimedJob();
      releaseClaim(db, ana, note === undefined ? { jobId } : { jobId, note }, T0);
      expect(jobRow(db, jobId).status).toBe("open");
      expect(commentsOf(db, jobId)).toEqual([]);
    }
  });

  it("lets the next volunteer claim the job and continue from the kept translations", async () => {
    const { ana, jobId } = await claimedJob();
    releaseClaim(db, ana, { jobId }, T0);
    const ben = await volunteerUser(db);
    claimJob(db, ben, { jobId }, { policy: POLICY, now: at(1) });
    expect(jobRow(db, jobId)).toMatchObject({ status: "in_progress", assigneeId: ben.id, dueAt: at(8) });
    expect(worked(jobId)[0]).toEqual({ text: "Manglares en Fiyi", status: "translated", version: 2 });
  });

  it("is hidden from other volunteers and forbidden to an editor, changing nothing", async () => {
    const { jobId } = await claimedJob();
    const ben = await volunteerUser(db);
    expectRefusedUnchanged(db, jobId, () => releaseClaim(db, ben, { jobId, note: "mine now" }, T0), NotFoundError);
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => releaseClaim(db, bed.editor, { jobId, note: "freeing it" }, T0),
      ForbiddenError,
    );
    expect((error as ForbiddenError).reason.key).toBe("workflow:notYourJob");
  });

  it("refuses a note over 2,000 characters by validation, changing nothing", async () => {
    const { ana, jobId } = await claimedJob();
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => releaseClaim(db, ana, { jobId, note: "x".repeat(2001) }, T0),
      ValidationError,
    );
    expect(Object.keys((error as ValidationError).fields)).toEqual(["note"]);
  });

  it("cannot release twice: the second time the job is no longer the volunteer's", async () => {
    const { ana, jobId } = await claimedJob();
    releaseClaim(db, ana, { jobId }, T0);
    expectRefusedUnchanged(db, jobId, () => releaseClaim(db, ana, { jobId }, T0), ForbiddenError);
  });
});

describe("claims expiring", () => {
  it("does nothing before the due time, nor at it", async () => {
    const { jobId } = await claimedJob(7);
    const before = snapshot(db, jobId);
    expect(expireClaims(db, at(6))).toBe(0);
    expect(expireClaims(db, at(7))).toBe(0);
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("returns overdue jobs to the pool, keeping every translation, and records why", async () => {
    // Later tests must not see these as still overdue: expire everything earlier first.
    expireClaims(db, at(100));
    const first = await claimedJob(3);
    const second = await claimedJob(5);
    const later = await claimedJob(20);
    const kept = [worked(first.jobId), worked(second.jobId)];

    expect(expireClaims(db, at(6))).toBe(2);

    for (const [index, { ana, jobId }] of [first, second].entries()) {
      expect(jobRow(db, jobId)).toMatchObject({ status: "open", assigneeId: null, dueAt: null, claimedAt: null });
      expect(worked(jobId)).toEqual(kept[index]);
      expect(auditOf(db, jobId, "job.claim_expired")).toMatchObject([{ actorId: null, data: { assigneeId: ana.id } }]);
    }
    expect(jobRow(db, later.jobId)).toMatchObject({ status: "in_progress", assigneeId: later.ana.id });
    expect(auditOf(db, later.jobId, "job.claim_expired")).toEqual([]);
    expect(expireClaims(db, at(6))).toBe(0);
  });

  it("follows an extended due time, and a new claim may be extended again", async () => {
    expireClaims(db, at(100));
    const { ana, jobId } = await claimedJob(3);
    extendClaim(db, ana, { jobId, days: 4 }, { policy: POLICY, now: at(1) });
    expect(expireClaims(db, at(5))).toBe(0);
    expect(expireClaims(db, at(8))).toBe(1);
    expect(jobRow(db, jobId)).toMatchObject({ status: "open", claimExtended: false });

    claimJob(db, ana, { jobId, days: 2 }, { policy: POLICY, now: at(9) });
    expect(extendClaim(db, ana, { jobId, days: 2 }, { policy: POLICY, now: at(9) }).dueAt).toEqual(at(13));
  });

  it("frees the volunteer's claim slot", async () => {
    expireClaims(db, at(100));
    const ana = await volunteerUser(db);
    const jobs = [1, 2, 3].map(() => importJobs(db, bed.editor).job("es")) as [number, number, number];
    claimJob(db, ana, { jobId: jobs[0], days: 1 }, { policy: POLICY, now: T0 });
    claimJob(db, ana, { jobId: jobs[1], days: 10 }, { policy: POLICY, now: T0 });
    expect(expireClaims(db, at(2))).toBe(1);
    claimJob(db, ana, { jobId: jobs[2] }, { policy: POLICY, now: at(2) });
    expect(jobRow(db, jobs[2])).toMatchObject({ status: "in_progress", assigneeId: ana.id });
  });
});
