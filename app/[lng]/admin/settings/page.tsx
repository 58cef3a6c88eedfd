import { forPage } from "@/app/_lib/domain-errors";
import { formatDateTime, languageOptions } from "@/app/_lib/format";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getSettingsOverview } from "@/lib/admin/settings";
import { getT } from "@/lib/i18n/server";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { SETTING_BOUNDS, type SettingKey } from "@/lib/validation/admin-schemas";
import { updateSettingsAction } from "../actions";
import { adminPageTitle } from "../admin-metadata";
import { AdminNav } from "../admin-nav";
import { SettingsForm } from "./settings-form";

type Props = { params: Promise<{ lng: string }> };

export const generateMetadata = adminPageTitle("admin:settings.metaTitle");

/** Claim limits, claim duration and the languages articles may be opened for. Administrators only. */
export default async function SettingsPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/admin/settings`);
  const overview = forPage(() => getSettingsOverview(getDb(), user));
  const t = getT(lng);
  const note = (key: SettingKey) => {
    const change = overview.changes[key];
    if (!change) return t("admin:settings.default");
    const date = formatDateTime(change.updatedAt, lng);
    return change.updatedByName
      ? t("admin:settings.lastChanged", { date, name: change.updatedByName })
      : t("admin:settings.lastChangedUnknown", { date });
  };

  return (
    <div className="page narrow">
      <AdminNav lng={lng} t={t} current="settings" />
      <h1>{t("admin:settings.title")}</h1>
      <p className="lead">{t("admin:settings.lead")}</p>
      <section aria-labelledby="settings-form-title">
        <h2 id="settings-form-title">{t("admin:settings.formTitle")}</h2>
        <SettingsForm
          action={updateSettingsAction.bind(null, lng)}
          values={overview.values}
          defaults={overview.defaults}
          bounds={SETTING_BOUNDS}
          languages={languageOptions(CONTENT_LANGUAGES, lng)}
          notes={{
            maxActiveClaims: note("maxActiveClaims"),
            claimDays: note("claimDays"),
            offeredLanguages: note("offeredLanguages"),
          }}
        />
      </section>
    </div>
  );
}
