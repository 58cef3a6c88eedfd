import Link from "next/link";
import { headers } from "next/headers";
import { getT } from "@/lib/i18n/server";
import { FALLBACK_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";

// not-found.tsx receives no params; proxy.ts passes the page's language in a request header.
export default async function NotFound() {
  const header = (await headers()).get("x-tandem-lng") ?? undefined;
  const lng = isUiLanguage(header) ? header : FALLBACK_LANGUAGE;
  const t = getT(lng);
  return (
    <section className="page narrow">
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link href={`/${lng}`}>{t("notFound.home")}</Link>
      </p>
    </section>
  );
}
