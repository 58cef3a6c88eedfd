import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { segments, segmentTranslations } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { withDismissals, type ReviewedIssue } from "../qa/dismissals";
import { QA_CHECKS } from "../qa/registry";
import { runChecks } from "../qa/run-checks";
import type { QaCheckId, QaSeverity } from "../qa/types";
import { visibleJob } from "./job-access";
import { jobQaFacts, segmentQaContext } from "./qa-context";

export type QaSummarySegment = {
  segmentId: number;
  /** 1-based, as the editor numbers segments. */
  number: number;
  /** The translator's reason, when they dismissed the warning for the current text. */
  dismissedReason: string | null;
};

export type QaSummaryCheck = {
  check: QaCheckId;
  severity: QaSeverity;
  /** Segments that have this problem now, dismissed or not, in document order. */
  segments: QaSummarySegment[];
  dismissed: number;
};

export type QaSummary = {
  jobId: number;
  /** Only the checks that found something, in QA_CHECKS order. */
  checks: QaSummaryCheck[];
  /** Segments with at least one error; with at least one warning not dismissed. */
  segmentsWithErrors: number;
  segmentsWithOpenWarnings: number;
};

/**
 * The job's quality problems per check, as they stand for the current texts, with the translator's
 * reasons for each dismissed warning: what the reviewer reads before reviewing. Anyone who may see
 * the job may read it.
 */
export function getQaSummary(db: Db, actor: Actor, jobId: number): QaSummary {
  const job = visibleJob(db, actor, jobId);
  const facts = jobQaFacts(db, job);
  const rows = db
    .select({
      segmentId: segments.id,
      position: segments.position,
      sourceText: segments.sourceText,
      tags: segments.tags,
      text: segmentTranslations.text,
      dismissedWarnings: segmentTranslations.dismissedWarnings,
    })
    .from(segments)
    .innerJoin(
      segmentTranslations,
      and(eq(segmentTranslations.segmentId, segments.id), eq(segmentTranslations.jobId, job.id)),
    )
    .where(eq(segments.revisionId, job.revisionId))
    .orderBy(asc(segments.position))
    .all();

  return summarizeQa(
    job.id,
    rows.map((row) => ({
      segmentId: row.segmentId,
      position: row.position,
      issues: withDismissals(runChecks(segmentQaContext(facts, row, row.text)), row.dismissedWarnings, row.text),
    })),
  );
}

/**
 * The summary of issues already found per segment (an untranslated segment reports `empty`): the
 * review page has them for its rows and summarizes them without running the checks again.
 */
export function summarizeQa(
  jobId: number,
  segmentIssues: readonly { segmentId: number; position: number; issues: readonly ReviewedIssue[] }[],
): QaSummary {
  const byCheck = new Map<QaCheckId, QaSummarySegment[]>();
  let segmentsWithErrors = 0;
  let segmentsWithOpenWarnings = 0;
  for (const row of segmentIssues) {
    const { issues } = row;
    if (issues.some((issue) => issue.severity === "error")) segmentsWithErrors += 1;
    if (issues.some((issue) => issue.severity === "warning" && !issue.dismissal)) segmentsWithOpenWarnings += 1;
    const seen = new Set<QaCheckId>();
    for (const issue of issues) {
      // A check that found two numbers missing in one segment counts that segment once.
      if (seen.has(issue.check)) continue;
      seen.add(issue.check);
      const list = byCheck.get(issue.check) ?? [];
      list.push({
        segmentId: row.segmentId,
        number: row.position + 1,
        dismissedReason: issue.dismissal?.reason ?? null,
      });
      byCheck.set(issue.check, list);
    }
  }

  const checks = QA_CHECKS.flatMap(({ id, severity }) => {
    const list = byCheck.get(id);
    return list
      ? [{ check: id, severity, segments: list, dismissed: list.filter((s) => s.dismissedReason !== null).length }]
      : [];
  });
  return { jobId, checks, segmentsWithErrors, segmentsWithOpenWarnings };
}
