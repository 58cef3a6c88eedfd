// Volunteers claim open jobs in their languages, within a limit, and may extend a claim once.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { claimJob } from "@/lib/workflow/claim-job";
import { extendClaim } from "@/lib/workflow/extend-claim";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { submitJob } from "@/lib/workflow/submit-job";
import { makeUser } from "../support/factories";
import {
  at,
  auditOf,
  confirmAll,
  expectRefusedUnchanged,
  expectWorkflowError,
  importJobs,
  jobRow,
  POLICY,
  reviewerUser,
  snapshot,
  T0,
  volunteerUser,
  workflowTestBed,
} from "./support";

const bed = workflowTestBed();
const { db } = bed;

const openJob = (language = "es") => importJobs(db, bed.editor).job(language);
const claim = (actor: Actor, jobId: number, days?: number, now = T0) =>
  claimJob(db, actor, days === undefined ? { jobId } : { jobId, days }, { policy: POLICY, now });

describe("claiming a job", () => {
  it("moves an open job to in progress for the volunteer, due after the default days", async () => {
    const ana = await volunteerUser(db);
    const jobId = openJob();
    expect(claim(ana, jobId)).toEqual({ dueAt: at(POLICY.defaultDays) });
    expect(jobRow(db, jobId)).toMatchObject({
      status: "in_progress",
      assigneeId: ana.id,
      claimedAt: T0,
      dueAt: at(7),
      claimExtended: false,
      version: 2,
    });
    expect(auditOf(db, jobId, "job.claimed")).toMatchObject([{ actorId: ana.id, data: { days: 7 } }]);
  });

  it("lasts the days the volunteer chose, up to 30", async () => {
    const jobA = openJob();
    const jobB = openJob();
    claim(await volunteerUser(db), jobA, 3);
    claim(await volunteerUser(db), jobB, 30);
    expect(jobRow(db, jobA).dueAt).toEqual(at(3));
    expect(jobRow(db, jobB).dueAt).toEqual(at(30));
  });

  it("caps the chosen days at the policy's maximum", async () => {
    const jobId = openJob();
    const result = claimJob(
      db,
      await volunteerUser(db),
      { jobId, days: 20 },
      { policy: { ...POLICY, maxDays: 10 }, now: T0 },
    );
    expect(result.dueAt).toEqual(at(10));
    expect(jobRow(db, jobId).dueAt).toEqual(at(10));
  });

  it.each([31, 0, -1, 2.5, "many"])("refuses %s days by validation, changing nothing", async (days) => {
    const ana = await volunteerUser(db);
    const jobId = openJob();
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => claimJob(db, ana, { jobId, days }, { policy: POLICY, now: T0 }),
      ValidationError,
    );
    expect(Object.keys((error as ValidationError).fields)).toEqual(["days"]);
    expect(jobRow(db, jobId).status).toBe("open");
  });

  it("tells a second volunteer of the language who claimed the job first", async () => {
    const ana = await volunteerUser(db);
    const ben = await volunteerUser(db);
    const jobId = openJob();
    claim(ana, jobId);
    const before = snapshot(db, jobId);
    expectWorkflowError(() => claim(ben, jobId), "workflow:alreadyClaimed", { name: ana.displayName });
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("names the holder to an editor who translates the language and tries to claim it", async () => {
    const ana = await volunteerUser(db);
    const translatingEditor = await makeUser(db, { role: "editor", translate: ["es"] });
    const jobId = openJob();
    claim(ana, jobId);
    const before = snapshot(db, jobId);
    expectWorkflowError(() => claim(translatingEditor, jobId), "workflow:alreadyClaimed", { name: ana.displayName });
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("tells the volunteer a job is already theirs, without changing its due time", async () => {
    const ana = await volunteerUser(db);
    const jobId = openJob();
    claim(ana, jobId, 5);
    const before = snapshot(db, jobId);
    expectWorkflowError(() => claim(ana, jobId, 20, at(1)), "workflow:alreadyYours");
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("does not even show an open job outside the volunteer's languages", async () => {
    const arabic = openJob("ar");
    const spanishOnly = await volunteerUser(db, ["es"]);
    expectRefusedUnchanged(db, arabic, () => claim(spanishOnly, arabic), NotFoundError);
    expect(jobRow(db, arabic)).toMatchObject({ status: "open", assigneeId: null });
  });

  it("refuses a reviewer who can read the job but does not translate into its language", async () => {
    const reviewer = await reviewerUser(db, ["es"]);
    const jobId = openJob();
    const before = snapshot(db, jobId);
    expectWorkflowError(() => claim(reviewer, jobId), "workflow:notYourLanguage");
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("answers 404 for a job that does not exist", async () => {
    const ana = await volunteerUser(db);
    expect(() => claim(ana, 999_999)).toThrow(NotFoundError);
  });

  it("limits active claims, and allows another once one is released or submitted", async () => {
    const ana = await volunteerUser(db);
    const [first, second, third] = [openJob(), openJob(), openJob()] as [number, number, number];
    claim(ana, first);
    claim(ana, second);
    const before = snapshot(db, third);
    expectWorkflowError(() => claim(ana, third), "workflow:claimLimit", { count: 2 });
    expect(snapshot(db, third)).toEqual(before);

    releaseClaim(db, ana, { jobId: first }, T0);
    claim(ana, third);
    expect(jobRow(db, third)).toMatchObject({ status: "in_progress", assigneeId: ana.id });

    const fourth = openJob();
    expectWorkflowError(() => claim(ana, fourth), "workflow:claimLimit", { count: 2 });
    confirmAll(db, ana, second);
    submitJob(db, ana, { jobId: second }, T0);
    claim(ana, fourth);
    expect(jobRow(db, fourth)).toMatchObject({ status: "in_progress", assigneeId: ana.id });
  });

  it("counts only the volunteer's own claims towards the limit", async () => {
    const ana = await volunteerUser(db);
    const ben = await volunteerUser(db);
    claim(ana, openJob());
    claim(ana, openJob());
    const jobId = openJob();
    claim(ben, jobId);
    expect(jobRow(db, jobId).assigneeId).toBe(ben.id);
  });
});

describe("extending a claim", () => {
  it("moves the due time by the chosen days, once", async () => {
    const ana = await volunteerUser(db);
    const jobId = openJob();
    claim(ana, jobId, 7);
    const extend = (days?: number) =>
      extendClaim(db, ana, days === undefined ? { jobId } : { jobId, days }, { policy: POLICY, now: at(2) });
    expect(extend(5)).toEqual({ dueAt: at(12) });
    expect(jobRow(db, jobId)).toMatchObject({ status: "in_progress", dueAt: at(12), claimExtended: true });
    expect(auditOf(db, jobId, "job.claim_extended")).toHaveLength(1);

    const before = snapshot(db, jobId);
    expectWorkflowError(() => extend(5), "workflow:alreadyExtended");
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("adds the default days when none are chosen", async () => {
    const ana = await volunteerUser(db);
    const jobId = openJob();
    claim(ana, jobId, 3);
    expect(extendClaim(db, ana, { jobId }, { policy: POLICY, now: at(1) }).dueAt).toEqual(at(3 + 7));
  });

  it("refuses more than 30 days by validation", async () => {
    const ana = await volunteerUser(db);
    const jobId = openJob();
    claim(ana, jobId);
    expectRefusedUnchanged(
      db,
      jobId,
      () => extendClaim(db, ana, { jobId, days: 31 }, { policy: POLICY, now: T0 }),
      ValidationError,
    );
  });

  it("is hidden from other volunteers and forbidden to an editor", async () => {
    const ana = await volunteerUser(db);
    const ben = await volunteerUser(db);
    const jobId = openJob();
    claim(ana, jobId);
    const extend = (actor: Actor) => () => extendClaim(db, actor, { jobId, days: 3 }, { policy: POLICY, now: T0 });
    expectRefusedUnchanged(db, jobId, extend(ben), NotFoundError);
    const error = expectRefusedUnchanged(db, jobId, extend(bed.editor), ForbiddenError);
    expect((error as ForbiddenError).reason.key).toBe("workflow:notYourJob");
  });

  it("is refused on an open job, which only a claim can start", async () => {
    const ana = await volunteerUser(db);
    const jobId = openJob();
    expectRefusedUnchanged(
      db,
      jobId,
      () => extendClaim(db, ana, { jobId, days: 3 }, { policy: POLICY, now: T0 }),
      ForbiddenError,
    );
  });
});
