// What the reviewer reads before reviewing: per check, which segments have the problem now, and
// the translator's reasons for the warnings they dismissed.
import { beforeAll, describe, expect, it } from "vitest";
import { glossaryTerms } from "@/db/schema";
import { NotFoundError } from "@/lib/errors";
import { dismissWarning } from "@/lib/workflow/dismiss-warning";
import { getQaSummary, type QaSummary } from "@/lib/workflow/get-qa-summary";
import { saveSegment } from "@/lib/workflow/save-segment";
import {
  claimedByNewVolunteer,
  editorUser,
  importJobs,
  reviewerUser,
  thrownBy,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "../workflow/support";

const bed = workflowTestBed();
const { db } = bed;

beforeAll(() => {
  db.insert(glossaryTerms)
    .values({
      sourceLanguage: "en",
      targetLanguage: "es",
      term: "mayor",
      translation: "alcalde",
      forbidden: ["intendente"],
    })
    .run();
});

const TRANSLATIONS = [
  "Manglares en Fiyi",
  "Volunteers met in Suva.",
  "Plantaron 30 plántulas.",
  "Mira el informe.",
  "El intendente les dio las gracias.",
];
const REASON = "El informe corrige la cifra: fueron 30.";

/** A job whose segments have: nothing, untranslated, wrong number (dismissed), missing tag, glossary. */
async function translatedWithProblems() {
  const { ana, jobId } = await claimedByNewVolunteer(db, bed.editor);
  const rows = translationsOf(db, jobId);
  rows.forEach((row, index) =>
    saveSegment(db, ana, {
      jobId,
      segmentId: row.segmentId,
      text: TRANSLATIONS[index]!,
      status: "draft",
      version: row.version,
    }),
  );
  dismissWarning(db, ana, {
    jobId,
    segmentId: rows[2]!.segmentId,
    check: "numbers",
    text: TRANSLATIONS[2]!,
    reason: REASON,
  });
  return { ana, jobId, ids: rows.map((row) => row.segmentId) };
}

describe("the QA summary of a job", () => {
  it("lists each check's segments in document order, with the reasons for dismissed warnings", async () => {
    const { jobId, ids } = await translatedWithProblems();
    const at = (index: number, dismissedReason: string | null = null) => ({
      segmentId: ids[index]!,
      number: index + 1,
      dismissedReason,
    });
    expect(getQaSummary(db, await reviewerUser(db), jobId)).toEqual<QaSummary>({
      jobId,
      checks: [
        { check: "tag_missing", severity: "error", segments: [at(3)], dismissed: 0 },
        { check: "numbers", severity: "warning", segments: [at(2, REASON)], dismissed: 1 },
        { check: "untranslated", severity: "warning", segments: [at(1)], dismissed: 0 },
        { check: "glossary_term", severity: "warning", segments: [at(4)], dismissed: 0 },
        { check: "forbidden_term", severity: "warning", segments: [at(4)], dismissed: 0 },
      ],
      segmentsWithErrors: 1,
      segmentsWithOpenWarnings: 2,
    });
  });

  it("counts segments not translated yet as empty", async () => {
    const jobId = importJobs(db, bed.editor).job("es");
    const summary = getQaSummary(db, bed.editor, jobId);
    expect(summary.checks.map(({ check, segments }) => [check, segments.map((segment) => segment.number)])).toEqual([
      ["empty", [1, 2, 3, 4, 5]],
    ]);
    expect(summary.segmentsWithErrors).toBe(5);
  });

  it("is for whoever may see the job, and does not exist for anyone else", async () => {
    const { ana, jobId } = await translatedWithProblems();
    for (const reader of [ana, await editorUser(db), await reviewerUser(db)]) {
      expect(getQaSummary(db, reader, jobId).checks).toHaveLength(5);
    }
    for (const stranger of [await volunteerUser(db), await reviewerUser(db, ["fr"])]) {
      expect(thrownBy(() => getQaSummary(db, stranger, jobId))).toBeInstanceOf(NotFoundError);
    }
  });
});
