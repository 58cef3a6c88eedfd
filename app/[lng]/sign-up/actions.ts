"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { signUp } from "@/lib/accounts/sign-up";
import { clientAddress } from "@/lib/auth/client-address";
import { ValidationError } from "@/lib/errors";
import { getT, translateFields } from "@/lib/i18n/server";
import { FALLBACK_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";

export type SignUpResult = { ok: true } | { ok: false; fields: Record<string, string> };

/**
 * Creates a volunteer account. Errors come back per field (a refusal of the whole form, such as too
 * many sign-ups from this address, under `form`), in the page's language; nothing is created.
 */
export async function signUpAction(lng: string, formData: FormData): Promise<SignUpResult> {
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  try {
    await signUp(
      getDb(),
      {
        displayName: formData.get("displayName"),
        email: formData.get("email"),
        password: formData.get("password"),
        confirmPassword: formData.get("confirmPassword"),
        languages: formData.getAll("languages"),
      },
      { ip: clientAddress(await headers()) },
    );
    return { ok: true };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const fields = translateFields(t, error.fields);
    return { ok: false, fields };
  }
}
