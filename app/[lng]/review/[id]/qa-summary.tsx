import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import type { QaSummary } from "@/lib/workflow/get-qa-summary";

/** What the quality checks found across the job, per check, with the translator's reasons for dismissals. */
export function QaSummaryPanel({ lng, summary }: { lng: UiLanguage; summary: QaSummary }) {
  const t = getT(lng);
  const list = new Intl.ListFormat(lng, { type: "unit", style: "short" });
  return (
    <section className="qa-summary" aria-labelledby="qa-summary-title">
      <h2 id="qa-summary-title">{t("review:qa.title")}</h2>
      {summary.checks.length === 0 ? (
        <p>{t("review:qa.none")}</p>
      ) : (
        <>
          <p className="hint">{t("review:qa.lead")}</p>
          <ul className="plain-list">
            {summary.checks.map((check) => (
              <li key={check.check}>
                <span className="badge">{t(`qa:severity.${check.severity}`)}</span>{" "}
                <strong>{String(t(`qa:${check.check}.name` as never))}</strong>{" "}
                {t("review:qa.segments", { list: list.format(check.segments.map((segment) => String(segment.number))) })}
                {check.dismissed > 0 && <> · {t("review:qa.dismissedCount", { count: check.dismissed })}</>}
                {check.segments.some((segment) => segment.dismissedReason) && (
                  <ul>
                    {check.segments
                      .filter((segment) => segment.dismissedReason)
                      .map((segment) => (
                        <li key={segment.segmentId}>
                          {t("review:qa.reason", { number: segment.number, reason: segment.dismissedReason ?? "" })}
                        </li>
                      ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
