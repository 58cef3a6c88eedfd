import { describe, expect, it } from "vitest";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { claimJob } from "@/lib/workflow/claim-job";
import { getJobWorkspace } from "@/lib/workflow/get-job-workspace";
import { requestChanges } from "@/lib/workflow/request-changes";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import {
  at,
  confirmAll,
  importJobs,
  POLICY,
  reviewerUser,
  SAMPLE,
  T0,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "./support";

const bed = workflowTestBed();
const { db } = bed;

describe("a rejected sentence whose source did not change in an update", () => {
  it("still shows the reviewer's comment in the editor", async () => {
    const ana = await volunteerUser(db);
    const rita = await reviewerUser(db, ["es"]);
    const { articleId, job } = importJobs(db, bed.editor);
    const jobId = job("es");
    claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
    confirmAll(db, ana, jobId);
    submitJob(db, ana, { jobId }, at(1));
    takeReview(db, rita, { jobId }, at(2));
    const rejected = translationsOf(db, jobId)[1]!;
    reviewSegment(db, rita, {
      decision: "reject",
      jobId,
      segmentId: rejected.segmentId,
      version: rejected.version,
      comment: "Say where they met.",
      category: "accuracy",
      severity: "major",
    });
    requestChanges(db, rita, { jobId }, { policy: POLICY, now: at(3) });

    // Another sentence changes: every segment of the new revision is new, the rejected one included.
    reimportArticle(db, bed.editor, {
      articleId,
      format: "markdown",
      content: SAMPLE.replace("They planted 300 seedlings.", "They planted 350 seedlings."),
    });

    const { segments } = getJobWorkspace(db, ana, jobId);
    const successor = segments.find((segment) => segment.previousSegmentId === rejected.segmentId)!;
    expect(successor.translation.status).toBe("rejected");
    expect(successor.rejection).toMatchObject({ body: "Say where they met.", category: "accuracy", severity: "major" });
  });
});
