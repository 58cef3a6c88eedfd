"use server";

import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";

/** Creates a token for the signed-in user and hands it to this page once; it is never shown again. */
export async function createApiTokenAction(
  lng: string,
  formData: FormData,
): Promise<ActionResult<{ token: string; name: string }>> {
  return guardedAction(lng, (actor) => {
    const { token, info } = createApiToken(getDb(), actor, {
      name: formData.get("name"),
      scope: formData.get("scope"),
      expiresInDays: formData.get("expiresInDays"),
    });
    return { token, name: info.name };
  });
}

/** Revokes one of the signed-in user's tokens; someone else's answers "not found". */
export async function revokeApiTokenAction(lng: string, tokenId: number): Promise<ActionResult<null>> {
  return guardedAction(lng, (actor) => {
    revokeApiToken(getDb(), actor, { tokenId });
    return null;
  });
}
