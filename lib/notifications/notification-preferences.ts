import { eq } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/db/enums";
import { notificationPreferences, users } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { UI_LANGUAGES, type OfferedUiLanguage } from "../i18n/settings";
import { notificationPreferencesSchema } from "../validation/notification-schemas";
import { parseInput } from "../validation/parse-input";
import { allChannels, type Channels } from "./preferences";

export type NotificationSettings = {
  kinds: ({ kind: NotificationKind } & Channels)[];
  /** The language the person's e-mails are written in; null until they choose (then English). */
  emailLanguage: OfferedUiLanguage | null;
};

function storedLanguage(value: string | null): OfferedUiLanguage | null {
  return UI_LANGUAGES.find((language) => language === value) ?? null;
}

/** The actor's choice for every kind of notification, defaults included. */
export function getNotificationSettings(db: Db, actor: Actor): NotificationSettings {
  const user = db.select({ uiLanguage: users.uiLanguage }).from(users).where(eq(users.id, actor.id)).get();
  return { kinds: allChannels(db, actor.id), emailLanguage: storedLanguage(user?.uiLanguage ?? null) };
}

/**
 * Stores the actor's choice for every kind at once (the form shows them all): a kind left out of a
 * list is off for that channel. The e-mail language, when given, is the account's UI language.
 */
export function setNotificationSettings(db: Db, actor: Actor, rawInput: unknown): NotificationSettings {
  const input = parseInput(notificationPreferencesSchema, rawInput);
  writeTransaction(db, (tx) => {
    for (const kind of NOTIFICATION_KINDS) {
      const channels = { inApp: input.inApp.includes(kind), email: input.email.includes(kind) };
      tx.insert(notificationPreferences)
        .values({ userId: actor.id, kind, ...channels })
        .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.kind], set: channels })
        .run();
    }
    if (input.emailLanguage) {
      tx.update(users).set({ uiLanguage: input.emailLanguage }).where(eq(users.id, actor.id)).run();
    }
  });
  return getNotificationSettings(db, actor);
}
