// The memory follows the workflow: a confirmed translation is a match for the same sentence
// elsewhere at once (not reviewed yet), an approval makes it reviewed, a rejection or an emptied
// segment takes it back, and a source update leaves it as a translation of the old sentence.
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { segmentTranslations, tmUnits } from "@/db/schema";
import { reimportArticle } from "@/lib/articles/reimport-article";
import type { Actor } from "@/lib/auth/actor";
import { backfillTranslationMemory } from "@/lib/memory/backfill-translation-memory";
import { lookupMatches } from "@/lib/memory/lookup-matches";
import { approveJob } from "@/lib/workflow/approve-job";
import { claimJob } from "@/lib/workflow/claim-job";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import {
  at,
  importJobs,
  POLICY,
  reviewerUser,
  SAMPLE,
  SAMPLE_SOURCES,
  T0,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "../workflow/support";

const bed = workflowTestBed();
const { db } = bed;

const MAYOR = "The mayor thanked them.";
const PLANTED = "They planted 300 seedlings.";
const SPANISH: Record<string, string> = {
  "Mangroves in Fiji": "Manglares en Fiyi",
  "Volunteers met in Suva.": "Los voluntarios se reunieron en Suva.",
  [PLANTED]: "Plantaron 300 plántulas.",
  "See the <1>report</1>.": "Vea el <1>informe</1>.",
  [MAYOR]: "El alcalde les dio las gracias.",
};

/** A Spanish job of a new article with SAMPLE, claimed by a new volunteer. */
async function claimedJob(content = SAMPLE) {
  const ana = await volunteerUser(db);
  const { articleId, job } = importJobs(db, bed.editor, { content, targetLanguages: ["es"] });
  const jobId = job("es");
  claimJob(db, ana, { jobId }, { policy: POLICY, now: T0 });
  return { ana, articleId, jobId };
}

function rowOf(jobId: number, source: string) {
  return translationsOf(db, jobId).find((row) => row.source === source)!;
}

function save(actor: Actor, jobId: number, source: string, text: string, status: "translated" | "draft") {
  const row = rowOf(jobId, source);
  return saveSegment(db, actor, { jobId, segmentId: row.segmentId, text, status, version: row.version });
}

function translationId(jobId: number, source: string): number {
  const { segmentId } = rowOf(jobId, source);
  return db
    .select({ id: segmentTranslations.id })
    .from(segmentTranslations)
    .where(and(eq(segmentTranslations.jobId, jobId), eq(segmentTranslations.segmentId, segmentId)))
    .get()!.id;
}

function unitOf(translation: number) {
  return db.select().from(tmUnits).where(eq(tmUnits.translationId, translation)).get();
}

/** What the editor of another Spanish article shows for `source` standing alone (no neighbours). */
function matchesFor(
  source: string,
  extra: { previousText?: string | null; nextText?: string | null; excludeTranslationId?: number } = {},
) {
  return lookupMatches(db, { sourceLanguage: "en", targetLanguage: "es", text: source, tags: [], ...extra });
}

/** The whole job confirmed, submitted, and taken by a new reviewer. */
async function inReview() {
  const { ana, articleId, jobId } = await claimedJob();
  for (const source of SAMPLE_SOURCES) save(ana, jobId, source, SPANISH[source]!, "translated");
  submitJob(db, ana, { jobId }, at(1));
  const rita = await reviewerUser(db, ["es"]);
  takeReview(db, rita, { jobId }, at(2));
  return { ana, rita, articleId, jobId };
}

describe("the translation memory follows the workflow", () => {
  it("offers a confirmed translation as a 100% match, not reviewed yet, for the same sentence in another article", async () => {
    const { ana, jobId } = await claimedJob();
    save(ana, jobId, MAYOR, "El alcalde les dio las gracias.", "translated");

    const [match] = matchesFor(MAYOR, { previousText: "A different sentence.", nextText: null });
    expect(match).toMatchObject({
      score: 100,
      targetText: "El alcalde les dio las gracias.",
      reviewed: false,
      origin: { kind: "segment", translatorName: ana.displayName },
    });
    expect(match!.origin.articleTitle).toMatch(/^Mangroves/);
    // The same sentence between the same neighbours is a context match.
    expect(matchesFor(MAYOR, { previousText: "See the <1>report</1>.", nextText: null })[0]!.score).toBe(101);
  });

  it("never offers a segment its own translation", async () => {
    const { ana, jobId } = await claimedJob();
    save(ana, jobId, "Volunteers met in Suva.", "Los voluntarios se reunieron en Suva.", "translated");
    const own = translationId(jobId, "Volunteers met in Suva.");
    const unitId = unitOf(own)!.id;
    expect(matchesFor("Volunteers met in Suva.").map((match) => match.unitId)).toContain(unitId);
    expect(
      matchesFor("Volunteers met in Suva.", { excludeTranslationId: own }).map((match) => match.unitId),
    ).not.toContain(unitId);
  });

  it("keeps drafts out, and takes a confirmation back when the segment returns to draft or is emptied", async () => {
    const { ana, jobId } = await claimedJob();
    const translation = translationId(jobId, PLANTED);
    save(ana, jobId, PLANTED, "Plantaron 300 arbolitos.", "draft");
    expect(unitOf(translation)).toBeUndefined();

    save(ana, jobId, PLANTED, "Plantaron 300 arbolitos.", "translated");
    expect(unitOf(translation)).toMatchObject({ targetText: "Plantaron 300 arbolitos.", reviewed: false });
    save(ana, jobId, PLANTED, "Plantaron 300 arbolitos y más.", "translated");
    expect(unitOf(translation)).toMatchObject({ targetText: "Plantaron 300 arbolitos y más." });
    expect(db.select().from(tmUnits).where(eq(tmUnits.targetText, "Plantaron 300 arbolitos.")).all()).toEqual([]);

    save(ana, jobId, PLANTED, "Plantaron 300 arbolitos y más.", "draft");
    expect(unitOf(translation)).toBeUndefined();
    save(ana, jobId, PLANTED, "Plantaron 300 arbolitos.", "translated");
    save(ana, jobId, PLANTED, "   ", "translated");
    expect(unitOf(translation)).toBeUndefined();
    expect(matchesFor(PLANTED).map((match) => match.targetText)).not.toContain("Plantaron 300 arbolitos.");
  });

  it("marks the unit reviewed when a reviewer approves or edits, and removes it when they reject", async () => {
    const { rita, jobId } = await inReview();
    const decide = (source: string, input: Record<string, unknown>) => {
      const row = rowOf(jobId, source);
      reviewSegment(db, rita, { jobId, segmentId: row.segmentId, version: row.version, ...input }, at(2));
    };
    decide("Volunteers met in Suva.", { decision: "approve" });
    expect(unitOf(translationId(jobId, "Volunteers met in Suva."))).toMatchObject({ reviewed: true });

    decide(MAYOR, { decision: "edit", text: "El alcalde les agradeció." });
    expect(unitOf(translationId(jobId, MAYOR))).toMatchObject({
      reviewed: true,
      targetText: "El alcalde les agradeció.",
      translatorId: rita.id,
    });

    decide(PLANTED, { decision: "reject", comment: "Say seedlings.", category: "accuracy", severity: "minor" });
    expect(unitOf(translationId(jobId, PLANTED))).toBeUndefined();
  });

  it("marks every remaining unit reviewed when the reviewer approves the whole job", async () => {
    const { rita, jobId } = await inReview();
    approveJob(db, rita, { jobId }, at(3));
    for (const source of SAMPLE_SOURCES) {
      expect(unitOf(translationId(jobId, source)), source).toMatchObject({
        reviewed: true,
        targetText: SPANISH[source],
      });
    }
    const [match] = matchesFor("See the <1>report</1>.", { previousText: null, nextText: null });
    expect(match).toMatchObject({ score: 100, reviewed: true, targetText: "Vea el <1>informe</1>." });
  });

  it("keeps an outdated translation as a match for the old sentence only", async () => {
    const { ana, articleId, jobId } = await claimedJob();
    // A text of its own: the same source and target from another test would be shown as one match.
    save(ana, jobId, PLANTED, "Plantaron 300 plantones.", "translated");
    const translation = translationId(jobId, PLANTED);
    const unitId = unitOf(translation)!.id;

    reimportArticle(db, bed.editor, {
      articleId,
      format: "markdown",
      content: SAMPLE.replace("300 seedlings", "350 seedlings"),
    });

    expect(rowOf(jobId, "They planted 350 seedlings.").status).toBe("outdated");
    expect(unitOf(translation)).toBeUndefined();
    const old = matchesFor(PLANTED).find((match) => match.unitId === unitId);
    expect(old).toMatchObject({ score: 100, targetText: "Plantaron 300 plantones." });
    expect(matchesFor("They planted 350 seedlings.").find((match) => match.unitId === unitId)?.score).toBeLessThan(100);

    // Confirmed again for the new sentence: a new unit; the old one stays for the old sentence.
    save(ana, jobId, "They planted 350 seedlings.", "Plantaron 350 plántulas.", "translated");
    expect(unitOf(translation)).toMatchObject({
      sourceText: "They planted 350 seedlings.",
      targetText: "Plantaron 350 plántulas.",
    });
    expect(db.select().from(tmUnits).where(eq(tmUnits.id, unitId)).get()).toMatchObject({
      sourceText: PLANTED,
      translationId: null,
    });
  });

  it("records translations confirmed before the memory existed", async () => {
    const { ana, jobId } = await claimedJob();
    save(ana, jobId, "Mangroves in Fiji", "Manglares en Fiyi", "translated");
    const translation = translationId(jobId, "Mangroves in Fiji");
    // As in a database upgraded from a version without the memory.
    db.delete(tmUnits).where(eq(tmUnits.translationId, translation)).run();
    expect(unitOf(translation)).toBeUndefined();

    expect(backfillTranslationMemory(db)).toBe(1);
    expect(unitOf(translation)).toMatchObject({ targetText: "Manglares en Fiyi", reviewed: false, origin: "segment" });
    expect(backfillTranslationMemory(db)).toBe(0);
  });
});
