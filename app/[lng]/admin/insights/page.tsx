import type { Metadata } from "next";
import { forPage } from "@/app/_lib/domain-errors";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getT } from "@/lib/i18n/server";
import { claimToPublishTimes } from "@/lib/insights/claim-to-publish";
import { volunteersActivePerMonth } from "@/lib/insights/volunteers-per-month";
import { wordsPerLanguagePair } from "@/lib/insights/words-per-pair";
import { AdminNav } from "../admin-nav";
import { PublishingTimes } from "./publishing-times";
import { VolunteersChart } from "./volunteers-chart";
import { WordsChart } from "./words-chart";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await pageLanguage(params))("admin:insights.metaTitle") };
}

/** Administrators' figures about the community, each with a chart and the same data as a table. */
export default async function InsightsPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/admin/insights`);
  const db = getDb();
  const now = new Date();
  const figures = forPage(() => ({
    volunteers: volunteersActivePerMonth(db, user, now),
    pairs: wordsPerLanguagePair(db, user),
    publishing: claimToPublishTimes(db, user, now),
  }));
  const t = getT(lng);

  return (
    <div className="page">
      <AdminNav lng={lng} t={t} current="insights" />
      <h1>{t("admin:insights.title")}</h1>
      <p className="lead">{t("admin:insights.lead")}</p>
      <VolunteersChart lng={lng} months={figures.volunteers} />
      <WordsChart lng={lng} pairs={figures.pairs} />
      <PublishingTimes lng={lng} times={figures.publishing} />
    </div>
  );
}
