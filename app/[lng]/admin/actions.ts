"use server";

import { revalidatePath } from "next/cache";
import { guardedAction } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { changeRole } from "@/lib/admin/change-role";
import { setUserDisabled } from "@/lib/admin/set-user-disabled";
import { setUserLanguages } from "@/lib/admin/set-user-languages";
import { updateSettings } from "@/lib/admin/update-settings";
import { getT } from "@/lib/i18n/server";
import { FALLBACK_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";
import type { FormState } from "./form-state";

// Each action has useActionState's shape (previous state, form data), so its form also works as a
// plain HTML post before any script has loaded; the page then renders the returned state.

/** Runs a use-case for the signed-in user; `work` returns the success message. */
async function run(lng: string, work: (actor: Actor) => string): Promise<FormState> {
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  const submission = Date.now();
  const result = await guardedAction(lng, work);
  if (result.ok) {
    revalidatePath(`/${lng}/admin`, "layout");
    return { status: "done", message: result.value, submission };
  }
  if ("notFound" in result) return { status: "error", fields: { form: t("admin:errors.failed") }, submission };
  return { status: "error", fields: result.fields, submission };
}

export async function changeRoleAction(lng: string, userId: number, _state: FormState, formData: FormData) {
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  return run(lng, (actor) => {
    const { changed, role } = changeRole(getDb(), actor, { userId, role: formData.get("role") });
    return changed ? t("admin:person.roleChanged", { role: t(`roles.${role}`) }) : t("admin:person.unchanged");
  });
}

export async function setLanguagesAction(lng: string, userId: number, _state: FormState, formData: FormData) {
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  return run(lng, (actor) => {
    const { changed } = setUserLanguages(getDb(), actor, {
      userId,
      translate: formData.getAll("translate"),
      review: formData.getAll("review"),
    });
    return changed ? t("admin:person.languagesSaved") : t("admin:person.unchanged");
  });
}

export async function setDisabledAction(lng: string, userId: number, _state: FormState, formData: FormData) {
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  return run(lng, (actor) => {
    const { changed, disabled } = setUserDisabled(getDb(), actor, { userId, disabled: formData.get("disabled") });
    if (!changed) return t("admin:person.unchanged");
    return disabled ? t("admin:person.disabledDone") : t("admin:person.enabledDone");
  });
}

export async function updateSettingsAction(lng: string, _state: FormState, formData: FormData) {
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  return run(lng, (actor) => {
    const { changed } = updateSettings(getDb(), actor, {
      maxActiveClaims: formData.get("maxActiveClaims"),
      claimDays: formData.get("claimDays"),
      offeredLanguages: formData.getAll("offeredLanguages"),
    });
    return changed.length > 0 ? t("admin:settings.saved", { count: changed.length }) : t("admin:settings.unchanged");
  });
}
