import { writeTransaction, type Db } from "@/db/client";
import type { SegmentStatus } from "@/db/enums";
import type { Job } from "@/db/schema";
import { recordAuditEvent } from "../../audit/record-event";
import type { Actor } from "../../auth/actor";
import { message, type Message } from "../../validation/message";
import { parseInput } from "../../validation/parse-input";
import { xliffImportSchema, type XliffVersion } from "../../validation/xliff-schemas";
import { articleLanguage } from "../../workflow/article-language";
import { editableJob } from "../../workflow/job-access";
import { saveSegmentsInJob, type BatchSaveOutcome } from "../../workflow/save-segments-batch";
import { planImport, type PlannedUnit } from "./plan-import";
import { readXliff, type XliffDocument } from "./read-xliff";
import { refuse } from "./refusal";

export type UnitOutcome = { unitId: string; segmentId: number; number: number } & (
  | { outcome: "applied"; status: SegmentStatus; version: number }
  | { outcome: "unchanged" }
  | { outcome: "refused"; reason: Message }
);

export type ImportReport = {
  jobId: number;
  version: XliffVersion;
  applied: number;
  unchanged: number;
  refused: number;
  /** Every unit of the file, in the file's order. */
  units: UnitOutcome[];
};

/** Language tags compare without case: "pt-br" in a file is Tandem's "pt-BR". */
const sameLanguage = (a: string, b: string) => a.trim().toLowerCase() === b.toLowerCase();

function checkFileIsForJob(file: XliffDocument, job: Job, sourceLanguage: string): void {
  if (file.jobId === null) refuse("noJob");
  if (file.jobId !== job.id) refuse("otherJob", { fileJob: file.jobId, job: job.id });
  if (!sameLanguage(file.sourceLanguage, sourceLanguage) || !sameLanguage(file.targetLanguage, job.targetLanguage)) {
    refuse("wrongLanguages", {
      source: file.sourceLanguage || "-",
      target: file.targetLanguage || "-",
      expectedSource: sourceLanguage,
      expectedTarget: job.targetLanguage,
    });
  }
}

/**
 * The assignee brings back a job's XLIFF file from a CAT tool. The file is refused whole, changing
 * nothing, when it is not well-formed XLIFF, is another job's or language pair's, has a unit that is
 * not a segment of the job's current revision, or has a changed target whose tags differ from the
 * source's (missing, unknown, twice, badly nested). Otherwise each changed target is saved through
 * the editor's own save path (versions, history, QA, memory): a confirmed one as "translated", the
 * rest as drafts (segment-states.ts). A unit the save path refuses (QA, an approved segment) or that
 * Tandem changed since the export is reported and left as it is.
 *
 * All of it is one write transaction, each unit in its own savepoint: a refused unit undoes only
 * itself, and a crash or an unexpected error half-way leaves no half import, since nothing is
 * committed before every unit was decided. The price is that the write lock is held for the whole
 * file: about 2 ms per changed unit (measured: 200 changed units in 0.7 s, 1,000 in 2.1 s), which
 * other writers wait out within their 5 s busy timeout. The file is parsed before the lock.
 */
export function importJobXliff(db: Db, actor: Actor, rawInput: unknown): ImportReport {
  const input = parseInput(xliffImportSchema, rawInput);
  // Someone who may not change the job learns nothing about the file first.
  editableJob(db, actor, input.jobId);
  // Parsing up to 10 MB happens before the write lock is taken, so other saves never wait on it.
  const file = readXliff(input.xml);

  return writeTransaction(db, (tx) => {
    const job = editableJob(tx, actor, input.jobId);
    checkFileIsForJob(file, job, articleLanguage(tx, job.articleId));
    const plan = planImport(tx, job, file);
    const saves = plan.filter((unit) => unit.action === "save");
    const saved = new Map(saveSegmentsInJob(tx, actor, job, saves).map((outcome) => [outcome.segmentId, outcome]));
    const units = plan.map((unit) => outcomeOf(unit, saved.get(unit.segmentId)));
    const count = (outcome: UnitOutcome["outcome"]) => units.filter((unit) => unit.outcome === outcome).length;
    const report: ImportReport = {
      jobId: job.id,
      version: file.version,
      applied: count("applied"),
      unchanged: count("unchanged"),
      refused: count("refused"),
      units,
    };
    recordAuditEvent(tx, {
      actorId: actor.id,
      action: "job.xliff_imported",
      subjectType: "job",
      subjectId: job.id,
      data: { version: file.version, applied: report.applied, unchanged: report.unchanged, refused: report.refused },
    });
    return report;
  });
}

function outcomeOf(unit: PlannedUnit, saved: BatchSaveOutcome | undefined): UnitOutcome {
  const common = { unitId: unit.unitId, segmentId: unit.segmentId, number: unit.number };
  if (unit.action === "unchanged") return { ...common, outcome: "unchanged" };
  if (unit.action === "conflict")
    return { ...common, outcome: "refused", reason: message("xliff:unit.changedInTandem") };
  if (!saved) throw new Error(`unit ${unit.unitId} was planned but not saved`);
  if (!saved.saved) return { ...common, outcome: "refused", reason: saved.reason };
  // The save path writes nothing when the text only differed in blanks it trims away.
  if (saved.state.version === unit.version) return { ...common, outcome: "unchanged" };
  return { ...common, outcome: "applied", status: saved.state.status, version: saved.state.version };
}
