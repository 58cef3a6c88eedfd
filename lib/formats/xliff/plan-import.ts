// Decides, for every unit of an XLIFF file, what the import does with it, and refuses the whole file
// when any unit does not belong to the job's current revision or any changed target has a broken tag.
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { SegmentStatus } from "@/db/enums";
import { segments, segmentTranslationHistory, segmentTranslations, sourceRevisions, type Job } from "@/db/schema";
import { message, type Message } from "../../validation/message";
import { readJobDocument, type JobDocumentUnit } from "./job-document";
import type { XliffDocument, XliffUnit } from "./read-xliff";
import { XliffRefusedError } from "./refusal";
import { isConfirmed } from "./segment-states";
import { canonicalText, targetText } from "./target-text";

export type PlannedUnit = {
  unitId: string;
  segmentId: number;
  /** The segment's number in the document, from 1, as the editor shows it. */
  number: number;
} & (
  | { action: "unchanged" }
  /** Both the file and Tandem changed the translation since the export: Tandem's is kept. */
  | { action: "conflict" }
  | { action: "save"; text: string; status: "draft" | "translated"; version: number }
);

type Segment = JobDocumentUnit & { number: number };

/**
 * Why a unit id is not one of the job's segments: one of an earlier revision of the same article
 * means the source changed since the export; anything else is not this job's at all.
 */
function unknownUnitProblem(tx: Tx, job: Job, unitId: string): Message {
  if (/^\d{1,12}$/.test(unitId)) {
    const earlier = tx
      .select({ id: segments.id })
      .from(segments)
      .innerJoin(sourceRevisions, eq(sourceRevisions.id, segments.revisionId))
      .where(and(eq(segments.id, Number(unitId)), eq(sourceRevisions.articleId, job.articleId)))
      .get();
    if (earlier) return message("xliff:refused.staleUnit", { unit: unitId });
  }
  return message("xliff:refused.unknownUnit", { unit: unitId || "-" });
}

/** The translation as it was at `version` (the export's), or null when the history has no such version. */
function translationAt(
  tx: Tx,
  job: Job,
  segmentId: number,
  version: number,
): { text: string; status: SegmentStatus } | null {
  // Version 1 is the empty row every job starts with; the history records every later one.
  if (version === 1) return { text: "", status: "empty" };
  return (
    tx
      .select({ text: segmentTranslationHistory.text, status: segmentTranslationHistory.status })
      .from(segmentTranslationHistory)
      .innerJoin(segmentTranslations, eq(segmentTranslations.id, segmentTranslationHistory.translationId))
      .where(
        and(
          eq(segmentTranslations.jobId, job.id),
          eq(segmentTranslations.segmentId, segmentId),
          eq(segmentTranslationHistory.version, version),
        ),
      )
      .get() ?? null
  );
}

function planUnit(tx: Tx, job: Job, unit: XliffUnit, segment: Segment, problems: Message[]): PlannedUnit {
  const common = { unitId: unit.id, segmentId: segment.segmentId, number: segment.number };
  if (!unit.target) return { ...common, action: "unchanged" };
  const current = segment.translation;
  const exported =
    unit.baseVersion !== null && unit.baseVersion !== current.version
      ? translationAt(tx, job, segment.segmentId, unit.baseVersion)
      : null;
  // Without the export's version (a tool dropped it), the file is compared with Tandem as it is now.
  const base = exported ?? current;
  const target = targetText(unit.target, segment.tags, unit.id);
  const baseText = canonicalText(base.text, segment.tags);
  // A state set back to unfinished alone is not taken: tools that drop states would otherwise turn
  // every confirmed translation into a draft. A confirmation alone is taken.
  const changed =
    target.text !== baseText || (unit.confirmed && !isConfirmed(base.status) && target.text.trim() !== "");
  if (!changed) return { ...common, action: "unchanged" };
  problems.push(...target.problems);
  if (exported) {
    const sameAsTandem =
      target.text === canonicalText(current.text, segment.tags) && (!unit.confirmed || isConfirmed(current.status));
    return { ...common, action: sameAsTandem ? "unchanged" : "conflict" };
  }
  return {
    ...common,
    action: "save",
    text: target.text,
    status: unit.confirmed ? "translated" : "draft",
    version: current.version,
  };
}

/**
 * The plan for every unit of `file`, in the file's order. Throws XliffRefusedError listing every
 * problem (units not of this revision, units twice, broken tags of changed targets), so the file
 * changes nothing until all of them are fixed.
 */
export function planImport(tx: Tx, job: Job, file: XliffDocument): PlannedUnit[] {
  const bySegment = new Map<number, Segment>(
    readJobDocument(tx, job, false).units.map((unit, index) => [unit.segmentId, { ...unit, number: index + 1 }]),
  );
  const problems: Message[] = [];
  const seen = new Set<string>();
  const plan: PlannedUnit[] = [];
  for (const unit of file.units) {
    problems.push(...unit.problems);
    if (seen.has(unit.id)) {
      problems.push(message("xliff:refused.duplicateUnit", { unit: unit.id }));
      continue;
    }
    seen.add(unit.id);
    const segment = /^\d{1,12}$/.test(unit.id) ? bySegment.get(Number(unit.id)) : undefined;
    if (!segment) {
      problems.push(unknownUnitProblem(tx, job, unit.id));
      continue;
    }
    plan.push(planUnit(tx, job, unit, segment, problems));
  }
  if (problems.length > 0) throw new XliffRefusedError(uniqueMessages(problems));
  return plan;
}

/** A tag reported twice (its opening and its closing code both unknown) is one problem to fix. */
function uniqueMessages(list: readonly Message[]): Message[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
