import { notFound } from "next/navigation";
import { isUiLanguage, type UiLanguage } from "@/lib/i18n/settings";

/** The UI language from a page's params; any other value is a 404 (proxy.ts normally prevents it). */
export async function pageLanguage(params: Promise<{ lng: string }>): Promise<UiLanguage> {
  const { lng } = await params;
  if (!isUiLanguage(lng)) notFound();
  return lng;
}
