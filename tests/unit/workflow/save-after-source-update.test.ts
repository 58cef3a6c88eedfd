// An editor page opened before the source was updated keeps saving: by lineage, never into the void.
import { describe, expect, it } from "vitest";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { ConflictError } from "@/lib/errors";
import { claimJob } from "@/lib/workflow/claim-job";
import { saveSegment } from "@/lib/workflow/save-segment";
import { importJobs, POLICY, SAMPLE, T0, translationsOf, volunteerUser, workflowTestBed } from "./support";

const bed = workflowTestBed();
const { db } = bed;

describe("saving after the source was updated", () => {
  it("lands on the continuing segment when its sentence is unchanged, and is a conflict when it changed", async () => {
    const ana = await volunteerUser(db);
    const { articleId, job } = importJobs(db, bed.editor);
    const jobId = job("es");
    claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
    const before = translationsOf(db, jobId);
    const unchanged = before[0]!;
    const changed = before.find((row) => row.source === "They planted 300 seedlings.")!;
    saveSegment(db, ana, { jobId, segmentId: changed.segmentId, text: "Plantaron 300.", status: "draft", version: 1 });

    reimportArticle(db, bed.editor, {
      articleId,
      format: "markdown",
      content: SAMPLE.replace("300 seedlings", "350 seedlings"),
    });

    // The page still knows the old ids and versions.
    const saved = saveSegment(db, ana, {
      jobId,
      segmentId: unchanged.segmentId,
      text: "Manglares en Fiyi",
      status: "draft",
      version: unchanged.version,
    });
    expect(saved.text).toBe("Manglares en Fiyi");
    const after = translationsOf(db, jobId);
    expect(after.find((row) => row.source === unchanged.source)?.text).toBe("Manglares en Fiyi");

    let conflict: unknown;
    try {
      saveSegment(db, ana, {
        jobId,
        segmentId: changed.segmentId,
        text: "Plantaron 300 plántulas.",
        status: "draft",
        version: 2,
      });
    } catch (error) {
      conflict = error;
    }
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError<{ text: string; status: string }>).current).toMatchObject({
      text: "Plantaron 300.",
      status: "outdated",
    });
  });
});
