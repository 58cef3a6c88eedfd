import { getDb } from "@/db/client";
import { offeredLanguages } from "@/lib/admin/settings";
import { getT } from "@/lib/i18n/server";
import { isUiLanguage, FALLBACK_LANGUAGE } from "@/lib/i18n/settings";
import { OpenLanguagesChoice } from "./open-languages-choice";

type Props = { lng: string; articleId: number; languages: { value: string; label: string }[] };

/**
 * The languages the article is not yet open for, narrowed to those administrators offer now
 * (Settings). The server refuses any other, so the form never offers one.
 */
export function OpenLanguagesForm({ lng, articleId, languages }: Props) {
  const offered: readonly string[] = offeredLanguages(getDb());
  const choices = languages.filter((language) => offered.includes(language.value));
  if (choices.length === 0) {
    return <p>{getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE)("manage:article.allOfferedOpen")}</p>;
  }
  return <OpenLanguagesChoice lng={lng} articleId={articleId} languages={choices} />;
}
