// The translator dismisses a warning with a reason; the dismissal holds for the text it was given
// for, and only the job's assignee may give it. Errors are never dismissed.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { segmentTranslations } from "@/db/schema";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { textHash, withDismissals } from "@/lib/qa/dismissals";
import { runChecks } from "@/lib/qa/run-checks";
import { dismissWarning } from "@/lib/workflow/dismiss-warning";
import { getQaSummary } from "@/lib/workflow/get-qa-summary";
import { saveSegment } from "@/lib/workflow/save-segment";
import {
  auditOf,
  claimedByNewVolunteer,
  expectRefusedUnchanged,
  reviewerUser,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "../workflow/support";

const bed = workflowTestBed();
const { db } = bed;

/** "They planted 300 seedlings." and "See the <1>report</1>." in the sample article. */
const PLANTED = 2;
const LINK = 3;
const REASON = "La tabla del informe dice 30: el original tiene una errata.";

function dismissalsOf(database: Db, jobId: number, segmentId: number) {
  return database
    .select({ dismissed: segmentTranslations.dismissedWarnings })
    .from(segmentTranslations)
    .where(and(eq(segmentTranslations.jobId, jobId), eq(segmentTranslations.segmentId, segmentId)))
    .get()!.dismissed;
}

async function claimed() {
  const { ana, jobId } = await claimedByNewVolunteer(db, bed.editor);
  const segment = (index: number) => translationsOf(db, jobId)[index]!;
  const save = (index: number, text: string) =>
    saveSegment(db, ana, {
      jobId,
      segmentId: segment(index).segmentId,
      text,
      status: "draft",
      version: segment(index).version,
    });
  const dismiss = (index: number, check: string, text: string, reason = REASON, actor = ana) =>
    dismissWarning(db, actor, { jobId, segmentId: segment(index).segmentId, check, text, reason });
  /** The summary's entry for the numbers check, as a reviewer of Spanish reads it. */
  const numbersSummary = async () =>
    getQaSummary(db, await reviewerUser(db), jobId).checks.find((entry) => entry.check === "numbers");
  return { ana, jobId, segment, save, dismiss, numbersSummary };
}

describe("dismissing a warning", () => {
  it("keeps the assignee's reason for the reviewer, without changing the translation's version", async () => {
    const { ana, jobId, segment, save, dismiss, numbersSummary } = await claimed();
    save(PLANTED, "Plantaron 30 plántulas.");
    const version = segment(PLANTED).version;

    const result = dismiss(PLANTED, "numbers", "Plantaron 30 plántulas.");
    expect(result).toEqual({
      segmentId: segment(PLANTED).segmentId,
      dismissedWarnings: [{ check: "numbers", reason: REASON, textHash: textHash("Plantaron 30 plántulas.") }],
    });
    expect(dismissalsOf(db, jobId, segment(PLANTED).segmentId)).toEqual(result.dismissedWarnings);
    expect(segment(PLANTED).version).toBe(version);
    expect(auditOf(db, jobId, "qa.warning_dismissed")).toMatchObject([
      { actorId: ana.id, data: { segmentId: segment(PLANTED).segmentId, check: "numbers", reason: REASON } },
    ]);
    expect(await numbersSummary()).toEqual({
      check: "numbers",
      severity: "warning",
      segments: [{ segmentId: segment(PLANTED).segmentId, number: PLANTED + 1, dismissedReason: REASON }],
      dismissed: 1,
    });
  });

  it("shows the warning again once the text is edited, and not when the dismissed text comes back", async () => {
    const { jobId, segment, save, dismiss, numbersSummary } = await claimed();
    save(PLANTED, "Plantaron 30 plántulas.");
    dismiss(PLANTED, "numbers", "Plantaron 30 plántulas.");

    save(PLANTED, "Plantaron 31 plántulas.");
    expect((await numbersSummary())?.segments).toEqual([
      { segmentId: segment(PLANTED).segmentId, number: PLANTED + 1, dismissedReason: null },
    ]);
    const stored = dismissalsOf(db, jobId, segment(PLANTED).segmentId);
    const context = { source: segment(PLANTED).source, tags: [], sourceLanguage: "en", targetLanguage: "es" };
    const now = withDismissals(
      runChecks({ ...context, target: "Plantaron 31 plántulas." }),
      stored,
      "Plantaron 31 plántulas.",
    );
    expect(now.filter((issue) => issue.check === "numbers").map((issue) => issue.dismissal)).toEqual([null, null]);

    save(PLANTED, "Plantaron 30 plántulas.");
    expect((await numbersSummary())?.dismissed).toBe(1);
  });

  it("replaces an earlier dismissal of the same check", async () => {
    const { jobId, segment, save, dismiss } = await claimed();
    save(PLANTED, "Plantaron 30 plántulas.");
    dismiss(PLANTED, "numbers", "Plantaron 30 plántulas.", "Primera razón");
    dismiss(PLANTED, "numbers", "Plantaron 30 plántulas.", "  Segunda razón  ");
    expect(dismissalsOf(db, jobId, segment(PLANTED).segmentId)).toEqual([
      { check: "numbers", reason: "Segunda razón", textHash: textHash("Plantaron 30 plántulas.") },
    ]);
  });

  it("refuses to dismiss an error", async () => {
    const { jobId, dismiss } = await claimed();
    const error = expectRefusedUnchanged(
      db,
      jobId,
      () => dismiss(LINK, "tag_missing", "Mira el informe."),
      ValidationError,
    );
    expect((error as ValidationError).fields.check?.key).toBe("qa:dismiss.errorNotDismissable");
  });

  it("refuses a warning the text does not raise, and a check that does not exist", async () => {
    const { jobId, dismiss } = await claimed();
    const notRaised = expectRefusedUnchanged(
      db,
      jobId,
      () => dismiss(PLANTED, "numbers", "Plantaron 300 plántulas."),
      ValidationError,
    );
    expect((notRaised as ValidationError).fields.check?.key).toBe("qa:dismiss.notRaised");
    const unknown = expectRefusedUnchanged(
      db,
      jobId,
      () => dismiss(PLANTED, "spelling", "Plantaron 30 plántulas."),
      ValidationError,
    );
    expect((unknown as ValidationError).fields.check?.key).toBe("validation:invalidChoice");
  });

  it("needs a reason of 1 to 500 characters", async () => {
    const { jobId, segment, dismiss } = await claimed();
    for (const reason of ["", "   ", "x".repeat(501)]) {
      const error = expectRefusedUnchanged(
        db,
        jobId,
        () => dismiss(PLANTED, "numbers", "Plantaron 30 plántulas.", reason),
        ValidationError,
      );
      expect(Object.keys((error as ValidationError).fields)).toEqual(["reason"]);
    }
    dismiss(PLANTED, "numbers", "Plantaron 30 plántulas.", "x".repeat(500));
    expect(dismissalsOf(db, jobId, segment(PLANTED).segmentId)).toHaveLength(1);
  });

  it("is only for the job's assignee", async () => {
    const { jobId, segment, dismiss } = await claimed();
    const attempt = (actor: Parameters<typeof dismiss>[4]) => () =>
      dismiss(PLANTED, "numbers", "Plantaron 30 plántulas.", REASON, actor);
    expectRefusedUnchanged(db, jobId, attempt(await volunteerUser(db)), NotFoundError);
    expectRefusedUnchanged(db, jobId, attempt(await volunteerUser(db, ["fr"])), NotFoundError);
    expectRefusedUnchanged(db, jobId, attempt(await reviewerUser(db)), ForbiddenError);
    expectRefusedUnchanged(db, jobId, attempt(bed.editor), ForbiddenError);
    expect(dismissalsOf(db, jobId, segment(PLANTED).segmentId)).toEqual([]);
  });
});
