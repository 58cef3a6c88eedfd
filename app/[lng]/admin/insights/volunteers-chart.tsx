import { BarChart } from "@/app/_components/charts/bar-chart";
import { getT } from "@/lib/i18n/server";
import { uiDirection, type UiLanguage } from "@/lib/i18n/settings";
import type { MonthlyVolunteers } from "@/lib/insights/volunteers-per-month";
import { formatMonth, monthAxisLabel } from "./insights-format";

/** Distinct volunteers per month, twelve months in time order with the quiet ones at 0. */
export function VolunteersChart({ lng, months }: { lng: UiLanguage; months: MonthlyVolunteers[] }) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const counts = months.map((month) => month.volunteers);
  const latest = months[months.length - 1]!;
  return (
    <section aria-labelledby="volunteers-title">
      <h2 id="volunteers-title">{t("admin:insights.volunteers.title")}</h2>
      <p>{t("admin:insights.volunteers.measure")}</p>
      <BarChart
        id="volunteers-chart"
        title={t("admin:insights.volunteers.chartTitle")}
        description={t("admin:insights.volunteers.summary", {
          from: formatMonth(months[0]!.month, lng),
          to: formatMonth(latest.month, lng),
          min: number.format(Math.min(...counts)),
          max: number.format(Math.max(...counts)),
          latestMonth: formatMonth(latest.month, lng),
          latest: number.format(latest.volunteers),
        })}
        orientation="vertical"
        dir={uiDirection(lng)}
        data={months.map((month, index) => ({
          key: month.month,
          label: monthAxisLabel(month.month, index, lng),
          value: month.volunteers,
          valueText: number.format(month.volunteers),
        }))}
        formatTick={(value) => number.format(value)}
        valueAxisLabel={t("admin:insights.volunteers.axis")}
        categoryAxisLabel={t("admin:insights.month")}
        table={{
          summary: t("admin:insights.showTable"),
          caption: t("admin:insights.volunteers.caption"),
          categoryHeader: t("admin:insights.month"),
          valueHeader: t("admin:insights.volunteers.axis"),
          rowLabels: months.map((month) => formatMonth(month.month, lng)),
        }}
      />
    </section>
  );
}
