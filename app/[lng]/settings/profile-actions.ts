"use server";

import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { setPublicProfile } from "@/lib/accounts/set-public-profile";

/** Makes the signed-in user's volunteer profile public or private; answers the state it is now in. */
export async function setPublicProfileAction(
  lng: string,
  formData: FormData,
): Promise<ActionResult<{ publicProfile: boolean }>> {
  return guardedAction(lng, (actor) =>
    setPublicProfile(getDb(), actor, { userId: formData.get("userId"), visibility: formData.get("visibility") }),
  );
}
