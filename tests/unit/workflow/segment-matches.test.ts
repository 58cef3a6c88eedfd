// The editor's side panel asks for matches and concordance through these two reads: anyone who may
// see the job gets them, for the job's language pair; a segment never matches itself.
import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { claimJob } from "@/lib/workflow/claim-job";
import { jobConcordance } from "@/lib/workflow/job-concordance";
import { saveSegment } from "@/lib/workflow/save-segment";
import { segmentMatches } from "@/lib/workflow/segment-matches";
import { importJobs, POLICY, T0, thrownBy, translationsOf, volunteerUser, workflowTestBed } from "./support";

const bed = workflowTestBed();
const { db } = bed;

const MET = "Volunteers met in Suva.";

async function confirmedInOneArticle() {
  const ana = await volunteerUser(db);
  const first = importJobs(bed.db, bed.editor).job("es");
  claimJob(db, ana, { jobId: first }, { policy: POLICY, now: T0 });
  const row = translationsOf(db, first).find((translation) => translation.source === MET)!;
  saveSegment(db, ana, {
    jobId: first,
    segmentId: row.segmentId,
    text: "Los voluntarios se reunieron en Suva.",
    status: "translated",
    version: row.version,
  });

  const ben = await volunteerUser(db);
  const second = importJobs(bed.db, bed.editor).job("es");
  claimJob(db, ben, { jobId: second }, { policy: POLICY, now: T0 });
  const same = translationsOf(db, second).find((translation) => translation.source === MET)!;
  return { ana, ben, first, second, firstSegment: row.segmentId, secondSegment: same.segmentId };
}

describe("memory matches for a segment", () => {
  it("offers a sentence confirmed in another article as a context match, but never a segment its own text", async () => {
    const { ana, ben, first, second, firstSegment, secondSegment } = await confirmedInOneArticle();

    const matches = segmentMatches(db, ben, { jobId: second, segmentId: secondSegment });
    // Same sentence between the same neighbours: 101%.
    expect(matches[0]).toMatchObject({
      score: 101,
      targetText: "Los voluntarios se reunieron en Suva.",
      reviewed: false,
    });
    expect(
      segmentMatches(db, ana, { jobId: first, segmentId: firstSegment }).map((match) => match.targetText),
    ).not.toContain("Los voluntarios se reunieron en Suva.");
  });

  it("answers 404 to someone who may not see the job, and for a segment of another job", async () => {
    const { ana, second, secondSegment, firstSegment } = await confirmedInOneArticle();
    const french = await volunteerUser(db, ["fr"]);
    expect(thrownBy(() => segmentMatches(db, french, { jobId: second, segmentId: secondSegment }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(thrownBy(() => segmentMatches(db, ana, { jobId: second, segmentId: secondSegment }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(thrownBy(() => segmentMatches(db, bed.editor, { jobId: second, segmentId: firstSegment }))).toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("concordance for a job", () => {
  it("finds a phrase in the pair's memory, and refuses an empty search", async () => {
    const { ben, second } = await confirmedInOneArticle();
    const results = jobConcordance(db, ben, { jobId: second, phrase: "met in suva" });
    expect(results.map((result) => result.targetText)).toContain("Los voluntarios se reunieron en Suva.");
    expect(thrownBy(() => jobConcordance(db, ben, { jobId: second, phrase: "  " }))).toBeInstanceOf(ValidationError);
  });
});
