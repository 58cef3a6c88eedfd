// Submitting a finished translation for review, and what the workspace shows to whom.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { segmentTranslations } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { extendClaim } from "@/lib/workflow/extend-claim";
import { getJobWorkspace } from "@/lib/workflow/get-job-workspace";
import { jobAccess } from "@/lib/workflow/job-access";
import { releaseClaim } from "@/lib/workflow/release-claim";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import {
  at,
  claimedByNewVolunteer,
  auditOf,
  confirmAll,
  expectRefusedUnchanged,
  expectWorkflowError,
  importJobs,
  jobRow,
  POLICY,
  reviewerUser,
  SAMPLE_SOURCES,
  snapshot,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "./support";

const bed = workflowTestBed();
const { db } = bed;

const claimed = () => claimedByNewVolunteer(db, bed.editor);

describe("submitting a job", () => {
  it("is refused while segments are not confirmed, counting them, and changes nothing", async () => {
    const { ana, jobId } = await claimed();
    const before = snapshot(db, jobId);
    expectWorkflowError(() => submitJob(db, ana, { jobId }, at(1)), "workflow:submitUnfinished", { count: 5 });
    expect(snapshot(db, jobId)).toEqual(before);

    const [first, second] = translationsOf(db, jobId);
    saveSegment(db, ana, { jobId, segmentId: first!.segmentId, text: "Manglares", status: "translated", version: 1 });
    saveSegment(db, ana, { jobId, segmentId: second!.segmentId, text: "Voluntarios", status: "draft", version: 1 });
    expectWorkflowError(() => submitJob(db, ana, { jobId }, at(1)), "workflow:submitUnfinished", { count: 4 });
    expect(jobRow(db, jobId).status).toBe("in_progress");
  });

  it("hands a fully confirmed job to review, after which the volunteer can only read it", async () => {
    const { ana, jobId } = await claimed();
    confirmAll(db, ana, jobId);
    submitJob(db, ana, { jobId }, at(2));

    expect(jobRow(db, jobId)).toMatchObject({ status: "in_review", assigneeId: ana.id, submittedAt: at(2) });
    expect(auditOf(db, jobId, "job.submitted")).toMatchObject([{ actorId: ana.id }]);
    const workspace = getJobWorkspace(db, ana, jobId);
    expect(workspace.job.status).toBe("in_review");
    expect(workspace.access).toMatchObject({ view: true, edit: false, claim: false });

    for (const again of [
      () => submitJob(db, ana, { jobId }, at(3)),
      () => releaseClaim(db, ana, { jobId }, at(3)),
      () => extendClaim(db, ana, { jobId, days: 2 }, { policy: POLICY, now: at(3) }),
    ]) {
      const error = expectRefusedUnchanged(db, jobId, again, ForbiddenError);
      expect((error as ForbiddenError).reason.key).toBe("workflow:readOnly");
    }
  });

  it("refuses a confirmed translation whose tags do not match, e.g. saved before the check existed", async () => {
    const { ana, jobId } = await claimed();
    confirmAll(db, ana, jobId);
    const link = translationsOf(db, jobId).find((row) => row.source === "See the <1>report</1>.")!;
    db.update(segmentTranslations)
      .set({ text: "Vea el informe." })
      .where(and(eq(segmentTranslations.jobId, jobId), eq(segmentTranslations.segmentId, link.segmentId)))
      .run();
    const before = snapshot(db, jobId);
    expectWorkflowError(() => submitJob(db, ana, { jobId }, at(1)), "workflow:submitTagProblems", { count: 1 });
    expect(snapshot(db, jobId)).toEqual(before);
  });

  it("is hidden from other volunteers and forbidden to an editor", async () => {
    const { ana, jobId } = await claimed();
    confirmAll(db, ana, jobId);
    const ben = await volunteerUser(db);
    expectRefusedUnchanged(db, jobId, () => submitJob(db, ben, { jobId }, at(1)), NotFoundError);
    expectRefusedUnchanged(db, jobId, () => submitJob(db, bed.editor, { jobId }, at(1)), ForbiddenError);
  });
});

describe("the job workspace", () => {
  it("shows the segments in document order with their translations", async () => {
    const { ana, jobId } = await claimed();
    const [, second] = translationsOf(db, jobId);
    saveSegment(db, ana, { jobId, segmentId: second!.segmentId, text: "Voluntarios", status: "draft", version: 1 });

    const workspace = getJobWorkspace(db, ana, jobId);
    expect(workspace.segments.map((segment) => segment.text)).toEqual(SAMPLE_SOURCES);
    expect(workspace.segments.map((segment) => segment.position)).toEqual([0, 1, 2, 3, 4]);
    expect(workspace.segments.map((segment) => segment.kind)).toEqual([
      "heading",
      "paragraph",
      "paragraph",
      "paragraph",
      "paragraph",
    ]);
    expect(workspace.segments.map((segment) => segment.translation)).toEqual([
      { text: "", status: "empty", version: 1 },
      { text: "Voluntarios", status: "draft", version: 2 },
      { text: "", status: "empty", version: 1 },
      { text: "", status: "empty", version: 1 },
      { text: "", status: "empty", version: 1 },
    ]);
    expect(workspace.segments[3]!.tags).toHaveLength(1);
    expect(workspace.segments[0]!.tags).toEqual([]);
    expect(
      workspace.segments.every((segment) => segment.rejection === null && segment.previousSourceText === null),
    ).toBe(true);
    expect(workspace.job).toEqual({
      id: jobId,
      status: "in_progress",
      targetLanguage: "es",
      assigneeId: ana.id,
      assigneeName: ana.displayName,
      dueAt: at(POLICY.defaultDays),
      claimExtended: false,
    });
    expect(workspace.article).toMatchObject({ sourceLanguage: "en" });
    expect(workspace.article.title).toMatch(/^Mangroves/);
  });

  it("gives each person the access their role and languages allow on a claimed job", async () => {
    const { ana, jobId } = await claimed();
    const reviewer = await reviewerUser(db, ["es"]);
    const arabicReviewer = await reviewerUser(db, ["ar"]);
    const ben = await volunteerUser(db, ["es"]);

    expect(getJobWorkspace(db, ana, jobId).access).toMatchObject({ view: true, edit: true, claim: false });
    expect(getJobWorkspace(db, bed.editor, jobId).access).toMatchObject({ view: true, edit: false, claim: false });
    expect(getJobWorkspace(db, reviewer, jobId).access).toMatchObject({ view: true, edit: false, claim: false });
    expect(() => getJobWorkspace(db, ben, jobId)).toThrow(NotFoundError);
    expect(() => getJobWorkspace(db, arabicReviewer, jobId)).toThrow(NotFoundError);
    expect(() => getJobWorkspace(db, ana, 999_999)).toThrow(NotFoundError);
  });

  it("offers an open job only to volunteers of its language", async () => {
    const jobs = importJobs(db, bed.editor);
    const spanish = await volunteerUser(db, ["es"]);
    const arabic = await volunteerUser(db, ["ar"]);
    expect(getJobWorkspace(db, spanish, jobs.job("es")).access).toMatchObject({ view: true, edit: false, claim: true });
    expect(getJobWorkspace(db, arabic, jobs.job("ar")).access).toMatchObject({ view: true, edit: false, claim: true });
    expect(() => getJobWorkspace(db, spanish, jobs.job("ar"))).toThrow(NotFoundError);
    expect(getJobWorkspace(db, bed.editor, jobs.job("ar")).access).toMatchObject({ view: true, edit: false, claim: false });
  });
});

describe("jobAccess", () => {
  const person = (id: number, role: Actor["role"], translate: string[], review: string[] = []): Actor => ({
    id,
    email: `p${id}@example.org`,
    displayName: `P${id}`,
    role,
    translateLanguages: translate,
    reviewLanguages: review,
  });

  it("lets only the assignee edit, and only while in progress", () => {
    const ana = person(1, "volunteer", ["es"]);
    for (const status of ["in_progress", "in_review", "approved", "published"] as const) {
      const job = { targetLanguage: "es", assigneeId: 1, status, reviewerId: null };
      expect(jobAccess(ana, job), status).toEqual({
        view: true,
        edit: status === "in_progress",
        claim: false,
        takeReview: false,
        review: false,
        comment: true,
      });
      expect(jobAccess(person(2, "volunteer", ["es"]), job).view, status).toBe(false);
    }
  });

  it("lets a reviewer read jobs of the languages they review, and an editor read every job", () => {
    const job = { targetLanguage: "ar", assigneeId: 1, status: "in_review" as const, reviewerId: null };
    expect(jobAccess(person(3, "reviewer", [], ["ar"]), job).view).toBe(true);
    expect(jobAccess(person(4, "reviewer", ["ar"], ["es"]), job).view).toBe(false);
    expect(jobAccess(person(5, "editor", [], []), job)).toEqual({
      view: true,
      edit: false,
      claim: false,
      takeReview: false,
      review: false,
      comment: true,
    });
    // A volunteer listed as a reviewer of the language is still only a volunteer.
    expect(jobAccess(person(6, "volunteer", [], ["ar"]), job).view).toBe(false);
  });
});
