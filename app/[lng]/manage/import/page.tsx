import Link from "next/link";
import { forPage } from "@/app/_lib/domain-errors";
import { languageOptions, sdgOptions } from "@/app/_lib/format";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { assertCan } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { ImportForm } from "./import-form";

type Props = { params: Promise<{ lng: string }> };

export const generateMetadata = titledPage("manage:import.metaTitle");

/** Editors bring in a new source article; its segments are shown before it is opened for translation. */
export default async function ImportArticlePage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/manage/import`);
  forPage(() => assertCan(user, "article:manage"));
  const t = getT(lng);
  const languages = languageOptions(CONTENT_LANGUAGES, lng);
  const goals = sdgOptions(t);
  return (
    <section className="page narrow">
      <p>
        <Link href={`/${lng}/manage`}>{t("manage:backToArticles")}</Link>
      </p>
      <h1>{t("manage:import.title")}</h1>
      <p className="lead">{t("manage:import.lead")}</p>
      <ImportForm lng={lng} languages={languages} goals={goals} />
    </section>
  );
}
