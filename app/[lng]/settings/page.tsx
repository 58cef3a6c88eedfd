import type { Metadata } from "next";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getDb } from "@/db/client";
import { getT } from "@/lib/i18n/server";
import { UI_LANGUAGES, type OfferedUiLanguage } from "@/lib/i18n/settings";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { getNotificationSettings } from "@/lib/notifications/notification-preferences";
import { volunteerProfilePath } from "@/lib/recognition/paths";
import { isProfilePublic } from "@/lib/recognition/profile-visibility";
import { PASSWORD_MIN } from "@/lib/validation/account-schemas";
import { ChangePasswordForm } from "./change-password-form";
import { NotificationPreferencesForm } from "./notification-preferences-form";
import { ApiTokens } from "./api-tokens";
import { PublicProfileForm } from "./public-profile-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

type Props = { params: Promise<{ lng: string }> };

const EMAIL_MARK = "\u0002";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await pageLanguage(params))("account:metaTitle") };
}

/**
 * The signed-in user's own account: a new password, notifications, the public volunteer profile, and
 * ending every session at once.
 */
export default async function SettingsPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/settings`);
  const t = getT(lng);
  // The address is the person's own, not a word to translate: it is marked apart from the sentence.
  const lead = t("account:lead", { email: EMAIL_MARK }).split(EMAIL_MARK);
  const db = getDb();
  const notifications = getNotificationSettings(db, user);
  // Until the person chooses (e-mails are in English meanwhile), the page's language is offered.
  const emailLanguage: OfferedUiLanguage =
    notifications.emailLanguage ?? UI_LANGUAGES.find((code) => code === lng) ?? "en";
  return (
    <div className="page narrow">
      <h1>{t("account:title")}</h1>
      <p className="lead">
        {lead[0]}
        <span translate="no">{user.email}</span>
        {lead[1]}
      </p>
      <section aria-labelledby="change-password">
        <h2 id="change-password">{t("account:password.title")}</h2>
        <p>{t("account:password.explain")}</p>
        <ChangePasswordForm lng={lng} email={user.email} passwordMin={PASSWORD_MIN} />
      </section>
      <section id="notifications" aria-labelledby="notifications-title">
        <h2 id="notifications-title">{t("notifications:preferences.title")}</h2>
        <p>{t("notifications:preferences.lead")}</p>
        <NotificationPreferencesForm lng={lng} kinds={notifications.kinds} emailLanguage={emailLanguage} />
      </section>
      <section id="public-profile" aria-labelledby="public-profile-title">
        <h2 id="public-profile-title">{t("recognition:settings.title")}</h2>
        <p>{t("recognition:settings.explain")}</p>
        <PublicProfileForm
          lng={lng}
          userId={user.id}
          publicProfile={isProfilePublic(db, user.id)}
          profilePath={volunteerProfilePath(lng, user.id)}
        />
      </section>
      <ApiTokens lng={lng} tokens={listApiTokens(db, user)} />
      <section aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere">{t("account:everywhere.title")}</h2>
        <p>{t("account:everywhere.explain")}</p>
        <SignOutEverywhereForm lng={lng} />
      </section>
    </div>
  );
}
