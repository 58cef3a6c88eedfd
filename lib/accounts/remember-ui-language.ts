import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { UI_LANGUAGES, type UiLanguage } from "../i18n/settings";

/**
 * Until a person chooses the language of their e-mails (Settings → Notifications), it is the
 * language of the first page they open signed in, so e-mails reach them in a language they read.
 * Writes once (the actor carries the stored choice), never for the pseudo-locale.
 */
export function rememberUiLanguage(db: Db, actor: Actor, lng: UiLanguage): void {
  if (
    (actor.uiLanguage !== null && actor.uiLanguage !== undefined) ||
    !(UI_LANGUAGES as readonly string[]).includes(lng)
  )
    return;
  db.update(users)
    .set({ uiLanguage: lng })
    .where(and(eq(users.id, actor.id), isNull(users.uiLanguage)))
    .run();
}
