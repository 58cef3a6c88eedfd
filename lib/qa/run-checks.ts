import { prepareSegment } from "./prepare";
import { QA_CHECKS } from "./registry";
import type { QaContext, QaIssue, QaSeverity } from "./types";

/**
 * Every problem of one translated segment, errors and warnings, in QA_CHECKS order. An empty
 * translation reports only that it is empty: the other checks would just repeat it.
 */
export function runChecks(context: QaContext, { only }: { only?: QaSeverity } = {}): QaIssue[] {
  const segment = prepareSegment(context);
  const issues: QaIssue[] = [];
  for (const check of QA_CHECKS) {
    // Saves only need the errors: the warnings' checks are skipped, not run and thrown away.
    if (only && check.severity !== only) continue;
    for (const message of check.run(segment)) issues.push({ check: check.id, severity: check.severity, message });
    if (check.id === "empty" && issues.length > 0) return issues;
  }
  return issues;
}

/** Whether the segment may be confirmed: no errors (warnings never block). */
export function hasErrors(issues: readonly QaIssue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
