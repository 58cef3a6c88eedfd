import { BarChart } from "@/app/_components/charts/bar-chart";
import { getT } from "@/lib/i18n/server";
import { uiDirection, type UiLanguage } from "@/lib/i18n/settings";
import type { ClaimToPublish } from "@/lib/insights/claim-to-publish";
import { formatDuration, formatMonth, monthAxisLabel, toDays } from "./insights-format";

/** Median time from claim to first publication: overall, then per month of publication, in days. */
export function PublishingTimes({ lng, times }: { lng: UiLanguage; times: ClaimToPublish }) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const days = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 });
  const noData = t("admin:insights.noData");
  const medians = times.months.flatMap((month) => (month.medianMs === null ? [] : [month.medianMs]));
  const description =
    medians.length === 0
      ? t("admin:insights.publishing.summaryEmpty")
      : t("admin:insights.publishing.summary", {
          months: number.format(medians.length),
          total: number.format(times.months.length),
          min: formatDuration(Math.min(...medians), lng),
          max: formatDuration(Math.max(...medians), lng),
        });
  return (
    <section aria-labelledby="publishing-title">
      <h2 id="publishing-title">{t("admin:insights.publishing.title")}</h2>
      <p>{t("admin:insights.publishing.measure")}</p>
      <p>
        {times.overall.medianMs === null
          ? t("admin:insights.publishing.overallEmpty")
          : t("admin:insights.publishing.overall", {
              duration: formatDuration(times.overall.medianMs, lng),
              number: number.format(times.overall.translations),
            })}
      </p>
      <BarChart
        id="publishing-chart"
        title={t("admin:insights.publishing.chartTitle")}
        description={description}
        orientation="vertical"
        dir={uiDirection(lng)}
        data={times.months.map((month, index) => ({
          key: month.month,
          label: monthAxisLabel(month.month, index, lng),
          value: month.medianMs === null ? null : toDays(month.medianMs),
          valueText: month.medianMs === null ? "" : days.format(toDays(month.medianMs)),
        }))}
        formatTick={(value) => days.format(value)}
        valueAxisLabel={t("admin:insights.publishing.axis")}
        categoryAxisLabel={t("admin:insights.month")}
        table={{
          summary: t("admin:insights.showTable"),
          caption: t("admin:insights.publishing.caption"),
          categoryHeader: t("admin:insights.month"),
          valueHeader: t("admin:insights.publishing.median"),
          rowLabels: times.months.map((month) => formatMonth(month.month, lng)),
          valueCells: times.months.map((month) =>
            month.medianMs === null ? noData : formatDuration(month.medianMs, lng),
          ),
          extraColumns: [
            {
              header: t("admin:insights.publishing.translations"),
              cells: times.months.map((month) => number.format(month.translations)),
            },
          ],
        }}
      />
    </section>
  );
}
