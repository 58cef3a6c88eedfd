import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { UI_LANGUAGES, type UiLanguage } from "../i18n/settings";

/**
 * Keeps the language of the person's latest page, so e-mails reach them in the language they read
 * Tandem in. Writes only when it changed (the actor carries the stored one), never for the
 * pseudo-locale.
 */
export function rememberUiLanguage(db: Db, actor: Actor, lng: UiLanguage): void {
  if (actor.uiLanguage === lng || !(UI_LANGUAGES as readonly string[]).includes(lng)) return;
  db.update(users).set({ uiLanguage: lng }).where(eq(users.id, actor.id)).run();
}
