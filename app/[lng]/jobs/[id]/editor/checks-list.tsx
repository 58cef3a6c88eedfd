"use client";

import { useT } from "@/app/_components/use-t";
import { issueText } from "./issue-text";
import type { SegmentChecks } from "./segment-checks";

/** The active segment's quality checks, errors first as the checks order them, dismissed warnings marked. */
export function ChecksList({ checks, translated }: { checks: SegmentChecks; translated: boolean }) {
  const t = useT();
  return (
    <section className="panel-section" aria-labelledby="checks-panel-title">
      <h3 id="checks-panel-title">{t("editor:checks.title")}</h3>
      {checks.issues.length === 0 ? (
        <p className="panel-hint">{translated ? t("editor:checks.none") : t("editor:checks.nothingYet")}</p>
      ) : (
        <ul className="check-list">
          {checks.issues.map((issue, index) => (
            <li
              key={index}
              className={`check-issue check-${issue.severity}${issue.dismissal ? " check-dismissed" : ""}`}
            >
              <span className="check-severity">{t(`qa:severity.${issue.severity}`)}</span> {issueText(t, issue)}
              {issue.dismissal && (
                <span className="check-dismissal"> {t("editor:checks.dismissedBecause", { reason: issue.dismissal.reason })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
