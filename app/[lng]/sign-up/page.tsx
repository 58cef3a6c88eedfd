import Link from "next/link";
import { redirect } from "next/navigation";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getT } from "@/lib/i18n/server";
import { CONTENT_LANGUAGES } from "@/lib/languages";
import { languageOptions } from "@/app/_lib/format";
import { PASSWORD_MIN } from "@/lib/validation/account-schemas";
import { SignUpForm } from "./sign-up-form";

type Props = { params: Promise<{ lng: string }> };

export const generateMetadata = titledPage("auth:signUp.metaTitle");

export default async function SignUpPage({ params }: Props) {
  const lng = await pageLanguage(params);
  if (await getCurrentUser()) redirect(`/${lng}/dashboard`);
  const t = getT(lng);
  const languages = languageOptions(CONTENT_LANGUAGES, lng);
  return (
    <section className="page narrow">
      <h1>{t("auth:signUp.title")}</h1>
      <p className="lead">{t("auth:signUp.lead")}</p>
      <SignUpForm lng={lng} languages={languages} passwordMin={PASSWORD_MIN} />
      <p>
        {t("auth:signUp.haveAccount")} <Link href={`/${lng}/sign-in`}>{t("auth:signUp.signIn")}</Link>
      </p>
    </section>
  );
}
