import Link from "next/link";
import { formatDate } from "@/app/_lib/format";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { languageName, textDirection } from "@/lib/languages";
import { translationPath } from "@/lib/publications/public-paths";
import type { HelpedPublication } from "@/lib/recognition/helped-publish";
import "./recognition.css";

/** Published translations crediting a volunteer, each linked to its public page, title in its own language. */
export function PublishedList({ lng, publications }: { lng: UiLanguage; publications: readonly HelpedPublication[] }) {
  const t = getT(lng);
  return (
    <ul className="recognition-list">
      {publications.map((publication) => (
        <li key={publication.publicationId}>
          <Link
            href={translationPath(lng, publication.slug, publication.targetLanguage)}
            hrefLang={publication.targetLanguage}
            lang={publication.titleLanguage}
            dir={textDirection(publication.titleLanguage)}
          >
            {publication.title}
          </Link>
          <span className="recognition-context">
            {t("recognition:impact.published.context", {
              language: languageName(publication.targetLanguage, lng),
              date: formatDate(publication.publishedAt, lng),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}
