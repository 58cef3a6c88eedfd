import type { useT } from "@/app/_components/use-t";
import type { QaIssue } from "@/lib/qa/types";

/** A check's message in the reader's language: keys are in the "qa" namespace, with their values. */
export function issueText(t: ReturnType<typeof useT>, issue: Pick<QaIssue, "message">): string {
  return String(t(issue.message.key as never, issue.message.values as never));
}
