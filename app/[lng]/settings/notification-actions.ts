"use server";

import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { setNotificationSettings } from "@/lib/notifications/notification-preferences";

/** Saves which notifications the user gets, in the app and by e-mail, and the language of e-mails. */
export async function saveNotificationSettingsAction(lng: string, formData: FormData): Promise<ActionResult<null>> {
  return guardedAction(lng, (actor) => {
    setNotificationSettings(getDb(), actor, {
      inApp: formData.getAll("inApp"),
      email: formData.getAll("email"),
      emailLanguage: formData.get("emailLanguage") ?? undefined,
    });
    return null;
  });
}
