"use client";

import { createContext, useState, type ReactNode } from "react";
import type { TFunction } from "i18next";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/create-instance";
import { NAMESPACES, type Namespace, type Namespaces } from "@/lib/i18n/namespaces";
import type { UiLanguage } from "@/lib/i18n/settings";

type Bundles = Partial<Record<UiLanguage, Partial<Record<Namespace, unknown>>>>;

/**
 * The page's `t`, made once per page. react-i18next's useTranslation builds its state for every
 * component that calls it; with a few calls per segment row, that was a quarter of the server's
 * time rendering a 300-segment editor (bench/load.ts). The language never changes within a page
 * (a new language is a new page), so one fixed `t` serves every component.
 */
export const TContext = createContext<TFunction<Namespaces> | null>(null);

/** Gives client components `useT()` in the page's language, with strings sent by the layout. */
export function I18nProvider({ lng, bundles, children }: { lng: UiLanguage; bundles: Bundles; children: ReactNode }) {
  const [i18n] = useState(() => createI18n(lng, bundles));
  const [t] = useState(() => i18n.getFixedT(lng, [...NAMESPACES]) as TFunction<Namespaces>);
  return (
    <I18nextProvider i18n={i18n}>
      <TContext value={t}>{children}</TContext>
    </I18nextProvider>
  );
}
