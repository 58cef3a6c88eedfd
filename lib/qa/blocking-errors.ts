import { runChecks } from "./run-checks";
import type { QaContext, QaIssue } from "./types";

/**
 * The problems that stop a translation from being confirmed or submitted (broken or missing tags,
 * an empty text). Warnings never block, so the glossary, which only warnings use, is not needed.
 */
export function blockingErrors(context: Omit<QaContext, "glossary">): QaIssue[] {
  return runChecks(context, { only: "error" });
}
