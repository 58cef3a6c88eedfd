"use client";

import { useT } from "@/app/_components/use-t";
import type { QaDismissal } from "@/lib/qa/dismissals";
import { DismissWarning } from "./dismiss-warning";
import { issueText } from "./issue-text";
import type { SegmentChecks } from "./segment-checks";

type Props = {
  lng: string;
  jobId: number;
  segmentId: number;
  text: string;
  checks: SegmentChecks;
  /** Warnings can be dismissed only by whoever may edit the segment. */
  editable: boolean;
  /** The ids of the messages start with it; the text box is described by the open ones. */
  idPrefix: string;
  onDismissed: (segmentId: number, dismissals: QaDismissal[]) => void;
};

/** The id of issue `index`'s message, for the text box's aria-describedby. */
export const issueId = (idPrefix: string, index: number) => `${idPrefix}-issue-${index}`;

/**
 * The problems of a segment's translation, as the volunteer types: errors (which block confirming)
 * and warnings, each warning dismissable with a reason, a dismissed one shown with it.
 */
export function SegmentIssues({ lng, jobId, segmentId, text, checks, editable, idPrefix, onDismissed }: Props) {
  const t = useT();
  // One dismissal covers every problem of its check, so the control goes with the check's first one.
  const seen = new Set<string>();
  return (
    <ul className="segment-issues">
      {checks.issues.map((issue, index) => {
        const first = !seen.has(issue.check);
        seen.add(issue.check);
        return (
          <li
            key={index}
            className={`check-issue check-${issue.severity}${issue.dismissal ? " check-dismissed" : ""}`}
          >
            <span className="check-severity">{t(`qa:severity.${issue.severity}`)}</span>{" "}
            <span id={issueId(idPrefix, index)}>{issueText(t, issue)}</span>
            {issue.dismissal ? (
              <span className="check-dismissal"> {t("editor:checks.dismissedBecause", { reason: issue.dismissal.reason })}</span>
            ) : (
              issue.severity === "warning" &&
              editable &&
              first && (
                <DismissWarning
                  lng={lng}
                  jobId={jobId}
                  segmentId={segmentId}
                  check={issue.check}
                  text={text}
                  onDismissed={onDismissed}
                />
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}
