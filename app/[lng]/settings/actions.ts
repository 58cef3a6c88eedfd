"use server";

import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { keepThisBrowserSignedIn } from "@/app/_lib/renew-session";
import { getDb } from "@/db/client";
import { changePassword } from "@/lib/accounts/change-password";
import { signOutEverywhere } from "@/lib/accounts/sign-out-everywhere";

/** Replaces the user's password; other sessions end, this browser gets a token of the new version. */
export async function changePasswordAction(lng: string, formData: FormData): Promise<ActionResult<null>> {
  return guardedAction(lng, async (actor) => {
    const { sessionVersion } = await changePassword(getDb(), actor, {
      currentPassword: formData.get("currentPassword"),
      newPassword: formData.get("newPassword"),
      confirmPassword: formData.get("confirmPassword"),
    });
    await keepThisBrowserSignedIn(actor.id, sessionVersion);
    return null;
  });
}

/** Ends every session of the user, this one included; the form then signs this browser out. */
export async function signOutEverywhereAction(lng: string): Promise<ActionResult<null>> {
  return guardedAction(lng, (actor) => {
    signOutEverywhere(getDb(), actor);
    return null;
  });
}
