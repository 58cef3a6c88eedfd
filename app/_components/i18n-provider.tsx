"use client";

import { useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/create-instance";
import type { Namespace } from "@/lib/i18n/namespaces";
import type { UiLanguage } from "@/lib/i18n/settings";

type Bundles = Partial<Record<UiLanguage, Partial<Record<Namespace, unknown>>>>;

/** Gives client components `useTranslation()` in the page's language, with strings sent by the layout. */
export function I18nProvider({ lng, bundles, children }: { lng: UiLanguage; bundles: Bundles; children: ReactNode }) {
  const [i18n] = useState(() => createI18n(lng, bundles));
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
