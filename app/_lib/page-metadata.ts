import type { Metadata } from "next";
import { getT } from "@/lib/i18n/server";
import { pageLanguage } from "./page-language";

type TitleKey =
  | "admin:metaTitle"
  | "auth:signIn.metaTitle"
  | "auth:signUp.metaTitle"
  | "dashboard:metaTitle"
  | "glossary:metaTitle"
  | "manage:metaTitle"
  | "manage:import.metaTitle"
  | "manage:article.metaTitle"
  | "review:metaTitle"
  | "review:editor.metaTitle"
  | "work:metaTitle";

/** `generateMetadata` for a page whose only own metadata is its title, in the page's language. */
export function titledPage(key: TitleKey) {
  return async ({ params }: { params: Promise<{ lng: string }> }): Promise<Metadata> => ({
    title: getT(await pageLanguage(params))(key),
  });
}
