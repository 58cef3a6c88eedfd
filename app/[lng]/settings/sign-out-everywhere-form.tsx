"use client";

import { signOut } from "next-auth/react";
import { FormAlert } from "@/app/_components/form-alert";
import { useActionForm } from "@/app/_components/use-action-form";
import { useT } from "@/app/_components/use-t";
import { signOutEverywhereAction } from "./actions";

/** Revokes every session, then signs this browser out too (clearing its cookie) and goes to sign-in. */
export function SignOutEverywhereForm({ lng }: { lng: string }) {
  const t = useT();
  const { formRef, pending, failed, onSubmit } = useActionForm(
    () => signOutEverywhereAction(lng),
    () => signOut({ callbackUrl: `/${lng}/sign-in` }),
  );
  return (
    <form ref={formRef} method="post" className="form" onSubmit={onSubmit}>
      {failed && <FormAlert>{t("account:everywhere.failed")}</FormAlert>}
      <button type="submit" className="button" disabled={pending}>
        {pending ? t("account:everywhere.submitting") : t("account:everywhere.submit")}
      </button>
    </form>
  );
}
