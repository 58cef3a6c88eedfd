import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { I18nProvider } from "@/app/_components/i18n-provider";
import { SessionKeeper } from "@/app/_components/session-keeper";
import { SiteHeader } from "@/app/_components/site-header";
import { getDb } from "@/db/client";
import { rememberUiLanguage } from "@/lib/accounts/remember-ui-language";
import { getCurrentUser } from "@/lib/auth/current-user";
import { resources } from "@/lib/i18n/resources";
import { getT } from "@/lib/i18n/server";
import { FALLBACK_LANGUAGE, isUiLanguage, uiDirection, UI_LANGUAGES } from "@/lib/i18n/settings";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lng } = await params;
  if (!isUiLanguage(lng)) return {};
  const t = getT(lng);
  return {
    title: { default: t("landing:metaTitle"), template: `%s · ${t("appName")}` },
    description: t("landing:metaDescription"),
    alternates: { languages: Object.fromEntries(UI_LANGUAGES.map((code) => [code, `/${code}`])) },
  };
}

export default async function LanguageLayout({ children, params }: Props) {
  const { lng } = await params;
  if (!isUiLanguage(lng)) notFound();
  const user = await getCurrentUser();
  if (user) rememberUiLanguage(getDb(), user, lng);
  const t = getT(lng);
  // The browser gets this language's strings, plus English for any key not yet translated.
  const bundles = lng === FALLBACK_LANGUAGE ? { en: resources.en } : { [lng]: resources[lng], en: resources.en };
  return (
    <html lang={lng} dir={uiDirection(lng)}>
      <body>
        <I18nProvider key={lng} lng={lng} bundles={bundles}>
          {user && <SessionKeeper />}
          <SiteHeader lng={lng} user={user} />
          <main id="main" className="site-main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{t("footer.about")}</p>
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
