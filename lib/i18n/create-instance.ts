import { createInstance, type i18n } from "i18next";
import { FALLBACK_LANGUAGE, type UiLanguage } from "./settings";
import { NAMESPACES, type Namespace } from "./namespaces";

/**
 * A synchronous i18next instance for one language. Each language gets its own instance, never a
 * shared one whose language is switched, so two requests in two languages cannot mix.
 */
export function createI18n(
  lng: UiLanguage,
  bundles: Partial<Record<UiLanguage, Partial<Record<Namespace, unknown>>>>,
): i18n {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: FALLBACK_LANGUAGE,
    ns: [...NAMESPACES],
    defaultNS: "common",
    resources: bundles as Record<string, Record<string, Record<string, unknown>>>,
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
