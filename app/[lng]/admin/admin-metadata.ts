import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { pageLanguage } from "@/app/_lib/page-language";

type TitleKey =
  | "admin:metaTitle"
  | "admin:person.metaTitle"
  | "admin:settings.metaTitle"
  | "admin:audit.metaTitle"
  | "admin:permissions.metaTitle";

/** `generateMetadata` for an administration page: its title, in the page's language. */
export function adminPageTitle(key: TitleKey) {
  return async ({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> => ({
    title: getT(await pageLanguage(params))(key),
  });
}
