import type { Metadata } from "next";
import { cache } from "react";
import { forPage } from "@/app/_lib/domain-errors";
import { formatDate, formatLanguageList } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { getDb } from "@/db/client";
import { getT } from "@/lib/i18n/server";
import { languageName } from "@/lib/languages";
import { hoursText } from "@/lib/recognition/hours-text";
import { getPublicProfile } from "@/lib/recognition/public-profile";
import { ContributionFigures } from "../contribution-figures";
import { PublishedList } from "../published-list";

type Props = { params: Promise<{ lng: string; id: string }> };

// Metadata and page read the same profile once per request.
const load = cache((id: string) => getPublicProfile(getDb(), { id }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lng = await pageLanguage(params);
  const { id } = await params;
  const profile = forPage(() => load(id));
  return {
    title: getT(lng)("recognition:profile.metaTitle", { name: profile.name }),
    // Made public to be shared by its address, not to be found by searching the person's name.
    robots: { index: false, follow: true },
  };
}

/**
 * A volunteer's public profile, for anyone: who they are, the languages they translate, the words
 * they donated and the translations published with their name. Only for a person who made it
 * public; for anyone else, and for an unknown id, the same "page not found".
 */
export default async function VolunteerProfilePage({ params }: Props) {
  const lng = await pageLanguage(params);
  const { id } = await params;
  const profile = forPage(() => load(id));
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);

  return (
    <div className="page">
      <h1 translate="no" dir="auto">
        {profile.name}
      </h1>
      <p className="lead">{t("recognition:profile.role")}</p>
      <p>{t("recognition:profile.since", { date: formatDate(profile.volunteeringSince, lng) })}</p>
      {profile.translateLanguages.length > 0 && (
        <p>
          {t("recognition:profile.translatesInto", {
            languages: formatLanguageList(profile.translateLanguages, lng),
          })}
        </p>
      )}

      <section aria-labelledby="profile-figures-title">
        <h2 id="profile-figures-title">{t("recognition:profile.figuresTitle")}</h2>
        <ContributionFigures
          figures={[
            { label: t("recognition:profile.wordsDonated"), value: number.format(profile.wordsTranslated) },
            { label: t("recognition:profile.time"), value: hoursText(profile.estimatedHours, lng), text: true },
          ]}
        />
      </section>

      {profile.languagePairs.length > 0 && (
        <section aria-labelledby="profile-pairs-title">
          <h2 id="profile-pairs-title">{t("recognition:profile.pairsTitle")}</h2>
          <div className="table-scroll">
            <table aria-labelledby="profile-pairs-title">
              <thead>
                <tr>
                  <th scope="col">{t("recognition:profile.pair")}</th>
                  <th scope="col" className="numeric">
                    {t("recognition:profile.words")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {profile.languagePairs.map((pair) => (
                  <tr key={`${pair.sourceLanguage}-${pair.targetLanguage}`}>
                    <th scope="row">
                      {t("recognition:languagePair", {
                        source: languageName(pair.sourceLanguage, lng),
                        target: languageName(pair.targetLanguage, lng),
                      })}
                    </th>
                    <td className="numeric">{number.format(pair.wordsTranslated)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section aria-labelledby="profile-published-title">
        <h2 id="profile-published-title">{t("recognition:profile.publishedTitle")}</h2>
        {profile.publications.length === 0 ? (
          <p className="empty">{t("recognition:profile.publishedEmpty")}</p>
        ) : (
          <PublishedList lng={lng} publications={profile.publications} />
        )}
      </section>
    </div>
  );
}
