import Link from "next/link";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getT } from "@/lib/i18n/server";
import type { UiLanguage } from "@/lib/i18n/settings";
import { countUnreadNotifications } from "@/lib/notifications/list-notifications";
import { LanguageSwitcher } from "./language-switcher";
import { NotificationBell } from "./notification-bell";
import { SignOutButton } from "./sign-out-button";

const NAME_MARK = "\u0002";

export function SiteHeader({ lng, user }: { lng: UiLanguage; user: Actor | null }) {
  const t = getT(lng);
  // The name is the person's own, not a word to translate: it is marked apart from the sentence.
  const signedInAs = user
    ? t("nav.signedInAs", { name: NAME_MARK, role: t(`roles.${user.role}`) }).split(NAME_MARK)
    : [];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <div className="site-header-inner">
        <Link href={`/${lng}`} className="brand">
          <span className="brand-mark" aria-hidden="true">
            ⇄
          </span>
          {t("appName")}
        </Link>
        {user && (
          <nav aria-label={t("nav.label")} className="main-nav">
            <ul>
              <li>
                <Link href={`/${lng}/dashboard`}>{t("nav.dashboard")}</Link>
              </li>
              <li>
                <Link href={`/${lng}/work`}>{t("nav.translate")}</Link>
              </li>
              {can(user, "job:list-review") && user.reviewLanguages.length > 0 && (
                <li>
                  <Link href={`/${lng}/review`}>{t("nav.review")}</Link>
                </li>
              )}
              {can(user, "article:manage") && (
                <li>
                  <Link href={`/${lng}/manage`}>{t("nav.articles")}</Link>
                </li>
              )}
              {can(user, "user:manage") && (
                <li>
                  <Link href={`/${lng}/admin`}>{t("nav.people")}</Link>
                </li>
              )}
            </ul>
          </nav>
        )}
        <div className="header-tools">
          <LanguageSwitcher lng={lng} />
          {user ? (
            <div className="account">
              <NotificationBell lng={lng} unread={countUnreadNotifications(getDb(), user)} />
              <span className="account-name">
                {signedInAs[0]}
                <span translate="no">{user.displayName}</span>
                {signedInAs[1]}
              </span>
              <Link href={`/${lng}/settings`} className="button button-quiet">
                {t("nav.settings")}
              </Link>
              <SignOutButton lng={lng} />
            </div>
          ) : (
            <div className="account">
              <Link href={`/${lng}/sign-in`} className="button button-quiet">
                {t("nav.signIn")}
              </Link>
              <Link href={`/${lng}/sign-up`} className="button">
                {t("nav.signUp")}
              </Link>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
