import type { Metadata } from "next";
import { pageLanguage } from "@/app/_lib/page-language";
import { requireUser } from "@/app/_lib/require-user";
import { getT } from "@/lib/i18n/server";
import { PASSWORD_MIN } from "@/lib/validation/account-schemas";
import { ChangePasswordForm } from "./change-password-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

type Props = { params: Promise<{ lng: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: getT(await pageLanguage(params))("account:metaTitle") };
}

/** The signed-in user's own account: a new password, and ending every session at once. */
export default async function SettingsPage({ params }: Props) {
  const lng = await pageLanguage(params);
  const user = await requireUser(lng, `/${lng}/settings`);
  const t = getT(lng);
  return (
    <div className="page narrow">
      <h1>{t("account:title")}</h1>
      <p className="lead">{t("account:lead", { email: user.email })}</p>
      <section aria-labelledby="change-password">
        <h2 id="change-password">{t("account:password.title")}</h2>
        <p>{t("account:password.explain")}</p>
        <ChangePasswordForm lng={lng} email={user.email} passwordMin={PASSWORD_MIN} />
      </section>
      <section aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere">{t("account:everywhere.title")}</h2>
        <p>{t("account:everywhere.explain")}</p>
        <SignOutEverywhereForm lng={lng} />
      </section>
    </div>
  );
}
