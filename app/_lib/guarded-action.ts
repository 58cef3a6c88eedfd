import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ForbiddenError, NotFoundError, ValidationError, WorkflowError } from "@/lib/errors";
import { getT, translateFields, translateMessage } from "@/lib/i18n/server";
import { FALLBACK_LANGUAGE, isUiLanguage } from "@/lib/i18n/settings";

export type ActionResult<T> =
  { ok: true; value: T } | { ok: false; fields: Record<string, string> } | { ok: false; notFound: true };

/**
 * Every server action that acts for a user goes through here: it resolves the signed-in user
 * (checked against the database), runs the use-case, and turns validation errors into messages in
 * the page's language. A user who may not act gets "not found", exactly as a page would answer.
 * A refusal the user may know about ("already claimed by …", "someone else is translating this")
 * comes back as the form's own error, under `form`.
 */
export async function guardedAction<T>(lng: string, run: (actor: Actor) => T | Promise<T>): Promise<ActionResult<T>> {
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, notFound: true };
  const t = getT(isUiLanguage(lng) ? lng : FALLBACK_LANGUAGE);
  try {
    return { ok: true, value: await run(actor) };
  } catch (error) {
    if (error instanceof NotFoundError) return { ok: false, notFound: true };
    if (error instanceof WorkflowError || error instanceof ForbiddenError) {
      return { ok: false, fields: { form: translateMessage(t, error.reason) } };
    }
    if (!(error instanceof ValidationError)) throw error;
    const fields = translateFields(t, error.fields);
    return { ok: false, fields };
  }
}
