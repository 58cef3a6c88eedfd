// The memory mirrors every confirmed translation (docs/decisions/0009-translation-memory.md):
// - confirmed (`translated`): one unit, not reviewed yet;
// - `approved` (a reviewer's approval or edit): the same unit, reviewed, with the approved text;
// - rejected, emptied or back to draft: the unit is removed;
// - `outdated` (the source sentence changed): the unit is detached from the translation and stays
//   in the memory as a valid translation of the old sentence.
// Workflow use-cases call syncTranslationMemory after changing a translation, inside their own
// transaction, so the memory and the translation always change together. It is idempotent.
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { SegmentStatus } from "@/db/enums";
import { articles, jobs, segments, segmentTranslations, tmUnits } from "@/db/schema";
import { matchText } from "./normalize";
import { addUnits, removeUnits } from "./store-units";
import { contextHash } from "./unit-keys";

const CONFIRMED: ReadonlySet<SegmentStatus> = new Set(["translated", "approved"]);

export function syncTranslationMemory(tx: Tx, translationId: number): void {
  const unit = tx
    .select({
      id: tmUnits.id,
      sourceText: tmUnits.sourceText,
      sourceLanguage: tmUnits.sourceLanguage,
      targetLanguage: tmUnits.targetLanguage,
    })
    .from(tmUnits)
    .where(eq(tmUnits.translationId, translationId))
    .get();
  const row = tx
    .select({
      status: segmentTranslations.status,
      text: segmentTranslations.text,
      authorId: segmentTranslations.lastAuthorId,
      updatedAt: segmentTranslations.updatedAt,
      jobId: jobs.id,
      articleId: jobs.articleId,
      targetLanguage: jobs.targetLanguage,
      sourceLanguage: articles.sourceLanguage,
      revisionId: segments.revisionId,
      position: segments.position,
      sourceText: segments.sourceText,
    })
    .from(segmentTranslations)
    .innerJoin(jobs, eq(jobs.id, segmentTranslations.jobId))
    .innerJoin(articles, eq(articles.id, jobs.articleId))
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .where(eq(segmentTranslations.id, translationId))
    .get();

  const detach = () => {
    if (unit) tx.update(tmUnits).set({ translationId: null }).where(eq(tmUnits.id, unit.id)).run();
  };
  if (!row || row.status === "outdated") {
    detach();
    return;
  }
  if (!CONFIRMED.has(row.status) || row.text.trim() === "") {
    if (unit) removeUnits(tx, [unit.id]);
    return;
  }

  const fields = {
    targetText: row.text,
    reviewed: row.status === "approved",
    contextHash: neighbourContext(tx, row.revisionId, row.position),
    articleId: row.articleId,
    jobId: row.jobId,
    translatorId: row.authorId,
    updatedAt: row.updatedAt,
  };
  const sameSource =
    unit &&
    unit.sourceText === row.sourceText &&
    unit.sourceLanguage === row.sourceLanguage &&
    unit.targetLanguage === row.targetLanguage;
  if (sameSource) {
    tx.update(tmUnits).set(fields).where(eq(tmUnits.id, unit.id)).run();
    return;
  }
  // The translation now translates another sentence: its old unit keeps the old one.
  detach();
  addUnits(tx, [
    {
      ...fields,
      sourceLanguage: row.sourceLanguage,
      targetLanguage: row.targetLanguage,
      sourceText: row.sourceText,
      origin: "segment",
      translationId,
      createdAt: row.updatedAt,
    },
  ]);
}

/** The hash of the sentences before and after a segment in its revision ("" at either end). */
function neighbourContext(tx: Tx, revisionId: number, position: number): string {
  const neighbours = tx
    .select({ position: segments.position, sourceText: segments.sourceText })
    .from(segments)
    .where(and(eq(segments.revisionId, revisionId), inArray(segments.position, [position - 1, position + 1])))
    .orderBy(asc(segments.position))
    .all();
  const textAt = (at: number) => matchText(neighbours.find((segment) => segment.position === at)?.sourceText ?? "");
  return contextHash(textAt(position - 1), textAt(position + 1));
}
