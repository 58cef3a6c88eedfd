import { BarChart } from "@/app/_components/charts/bar-chart";
import { getT } from "@/lib/i18n/server";
import { uiDirection, type UiLanguage } from "@/lib/i18n/settings";
import type { LanguagePairWords } from "@/lib/insights/words-per-pair";
import { languageName } from "@/lib/languages";

/** Words of approved and published translations per language pair, largest first, as horizontal bars. */
export function WordsChart({ lng, pairs }: { lng: UiLanguage; pairs: LanguagePairWords[] }) {
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const pairName = (pair: LanguagePairWords) =>
    t("admin:insights.words.pairLabel", {
      source: languageName(pair.sourceLanguage, lng),
      target: languageName(pair.targetLanguage, lng),
    });
  const top = pairs[0];
  return (
    <section aria-labelledby="words-title">
      <h2 id="words-title">{t("admin:insights.words.title")}</h2>
      <p>{t("admin:insights.words.measure")}</p>
      {top === undefined ? (
        <p className="empty">{t("admin:insights.words.empty")}</p>
      ) : (
        <BarChart
          id="words-chart"
          title={t("admin:insights.words.chartTitle")}
          description={t("admin:insights.words.summary", {
            pairs: number.format(pairs.length),
            total: number.format(pairs.reduce((sum, pair) => sum + pair.words, 0)),
            top: pairName(top),
            topWords: number.format(top.words),
          })}
          orientation="horizontal"
          dir={uiDirection(lng)}
          data={pairs.map((pair) => ({
            key: `${pair.sourceLanguage}-${pair.targetLanguage}`,
            label: [pairName(pair)],
            value: pair.words,
            valueText: number.format(pair.words),
          }))}
          formatTick={(value) => number.format(value)}
          valueAxisLabel={t("admin:insights.words.axis")}
          table={{
            summary: t("admin:insights.showTable"),
            caption: t("admin:insights.words.caption"),
            categoryHeader: t("admin:insights.words.pair"),
            valueHeader: t("admin:insights.words.axis"),
            extraColumns: [
              {
                header: t("admin:insights.words.translations"),
                cells: pairs.map((pair) => number.format(pair.translations)),
              },
            ],
          }}
        />
      )}
    </section>
  );
}
