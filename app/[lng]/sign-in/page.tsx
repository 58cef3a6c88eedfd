import Link from "next/link";
import { redirect } from "next/navigation";
import { titledPage } from "@/app/_lib/page-metadata";
import { pageLanguage } from "@/app/_lib/page-language";
import { safeCallbackPath } from "@/app/_lib/safe-callback";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getT } from "@/lib/i18n/server";
import { SignInForm } from "./sign-in-form";
import { signInProblem } from "./sign-in-problem";

type Props = {
  params: Promise<{ lng: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = titledPage("auth:signIn.metaTitle");

/** Anything but a rate limit reads as the one "not correct" message, as a refused sign-in does. */
function initialProblem(error: string) {
  const problem = signInProblem(error);
  return problem.kind === "rateLimited" ? problem : { kind: "invalid" as const };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const lng = await pageLanguage(params);
  const query = await searchParams;
  const callbackPath = safeCallbackPath(query.callbackUrl, lng);
  if (await getCurrentUser()) redirect(callbackPath);
  const t = getT(lng);
  return (
    <section className="page narrow">
      <h1>{t("auth:signIn.title")}</h1>
      <p className="lead">{t("auth:signIn.lead")}</p>
      {/* next-auth sends failed form posts back here with ?error=...; show the same one message, or the wait. */}
      <SignInForm
        callbackPath={callbackPath}
        initialError={typeof query.error === "string" ? initialProblem(query.error) : null}
      />
      <p>
        {t("auth:signIn.noAccount")} <Link href={`/${lng}/sign-up`}>{t("auth:signIn.join")}</Link>
      </p>
    </section>
  );
}
