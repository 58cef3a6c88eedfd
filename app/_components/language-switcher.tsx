"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useT } from "@/app/_components/use-t";
import { UI_LANGUAGES, type UiLanguage } from "@/lib/i18n/settings";
import { languageName } from "@/lib/languages";

/** Links to the same page in every UI language; proxy.ts remembers the choice in a cookie. */
export function LanguageSwitcher({ lng }: { lng: UiLanguage }) {
  const t = useT();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const rest = pathname.replace(/^\/[^/]+/, "");
  return (
    <nav aria-label={t("language.label")} className="language-switcher">
      <ul>
        {UI_LANGUAGES.map((code) => {
          // Each language's name in that language, so a reader finds their own.
          const name = languageName(code, code);
          return (
            <li key={code}>
              {code === lng ? (
                <span aria-current="true" lang={code}>
                  {name}
                </span>
              ) : (
                <Link
                  href={`/${code}${rest}${search ? `?${search}` : ""}`}
                  hrefLang={code}
                  lang={code}
                  title={t("language.switchTo", { language: languageName(code, lng) })}
                  prefetch={false}
                >
                  {name}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
