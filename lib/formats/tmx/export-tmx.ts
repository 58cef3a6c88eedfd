// Exports one language pair of the translation memory as TMX 1.4b, streamed: units are read 500 at
// a time in id order (each page a short read, so a slow download holds no transaction open) and
// written as they are read.
import { and, asc, count, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { segments, segmentTranslations, sourceRevisions, tmUnits, users } from "@/db/schema";
import { findPairId } from "../../memory/language-pairs";
import { parseInput } from "../../validation/parse-input";
import { tmxPairSchema } from "../../validation/tmx-schemas";
import { assertMayManageMemory, type TmxOperator } from "./permission";
import { tmxDocument, type ExportedUnit } from "./write-tmx";

const PAGE = 500;

export type TmxExport = {
  sourceLanguage: string;
  targetLanguage: string;
  /** `tandem-en-es.tmx` */
  filename: string;
  /** Units in the pair when the export started (units added meanwhile are exported too). */
  units: number;
  /** The document, piece by piece; reading it reads the memory. */
  chunks: Generator<string>;
};

function* unitsOfPair(db: Db, pairId: number): Generator<ExportedUnit> {
  let after = 0;
  while (true) {
    const page = db
      .select({
        id: tmUnits.id,
        sourceText: tmUnits.sourceText,
        targetText: tmUnits.targetText,
        origin: tmUnits.origin,
        reviewed: tmUnits.reviewed,
        originNote: tmUnits.originNote,
        createdAt: tmUnits.createdAt,
        updatedAt: tmUnits.updatedAt,
        translatorName: users.displayName,
        tags: segments.tags,
        format: sourceRevisions.format,
        inlineCodes: tmUnits.inlineCodes,
      })
      .from(tmUnits)
      .leftJoin(users, eq(users.id, tmUnits.translatorId))
      // A unit that mirrors a translation knows its segment, hence the markup behind its tags.
      .leftJoin(segmentTranslations, eq(segmentTranslations.id, tmUnits.translationId))
      .leftJoin(segments, eq(segments.id, segmentTranslations.segmentId))
      .leftJoin(sourceRevisions, eq(sourceRevisions.id, segments.revisionId))
      .where(and(eq(tmUnits.pairId, pairId), gt(tmUnits.id, after)))
      .orderBy(asc(tmUnits.id))
      .limit(PAGE)
      .all();
    yield* page;
    if (page.length < PAGE) return;
    after = page.at(-1)!.id;
  }
}

/**
 * The pair's units as a TMX document: `{ sourceLanguage, targetLanguage }` or "en-es". Editors and
 * administrators (404 for others) or the command line; a pair without units gives an empty body.
 */
export function exportTmx(db: Db, operator: TmxOperator, rawInput: unknown): TmxExport {
  assertMayManageMemory(operator);
  const { sourceLanguage, targetLanguage } = parseInput(tmxPairSchema, rawInput);
  const pairId = findPairId(db, sourceLanguage, targetLanguage);
  const units =
    pairId === undefined
      ? 0
      : (db.select({ units: count() }).from(tmUnits).where(eq(tmUnits.pairId, pairId)).get()?.units ?? 0);
  const pair = { sourceLanguage, targetLanguage, createdAt: new Date() };
  return {
    sourceLanguage,
    targetLanguage,
    filename: `tandem-${sourceLanguage}-${targetLanguage}.tmx`,
    units,
    chunks: tmxDocument(pair, pairId === undefined ? [] : unitsOfPair(db, pairId)),
  };
}
