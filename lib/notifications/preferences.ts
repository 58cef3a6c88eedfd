// Which notifications a person gets, and how. A kind without a stored choice uses its default.
import { and, eq } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/db/enums";
import { notificationPreferences } from "@/db/schema";

export type Channels = { inApp: boolean; email: boolean };

/**
 * Everything is on by default, in the app and by e-mail, except the daily digest of new open jobs:
 * it arrives every day whether or not the person is looking for work, so they ask for it.
 */
export function defaultChannels(kind: NotificationKind): Channels {
  return kind === "open-jobs-digest" ? { inApp: false, email: false } : { inApp: true, email: true };
}

/** The person's choice for one kind. */
export function channelsFor(db: Db | Tx, userId: number, kind: NotificationKind): Channels {
  const row = db
    .select({ inApp: notificationPreferences.inApp, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(and(eq(notificationPreferences.userId, userId), eq(notificationPreferences.kind, kind)))
    .get();
  return row ?? defaultChannels(kind);
}

/** The person's choice for every kind, in the order of NOTIFICATION_KINDS. */
export function allChannels(db: Db | Tx, userId: number): ({ kind: NotificationKind } & Channels)[] {
  const stored = new Map(
    db
      .select()
      .from(notificationPreferences)
      .where(eq(notificationPreferences.userId, userId))
      .all()
      .map((row) => [row.kind, { inApp: row.inApp, email: row.email }]),
  );
  return NOTIFICATION_KINDS.map((kind) => ({ kind, ...(stored.get(kind) ?? defaultChannels(kind)) }));
}
