import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { NotificationKind } from "@/db/enums";
import { notifications } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { NOTIFICATIONS_PAGE_SIZE, notificationListSchema } from "../validation/notification-schemas";
import { parseInput } from "../validation/parse-input";

export type NotificationEntry = {
  id: number;
  kind: NotificationKind;
  payload: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
};

export type NotificationPage = {
  entries: NotificationEntry[];
  page: number;
  pageCount: number;
  unread: number;
};

/** Notifications the person chose to see in the app: those they get only by e-mail are left out (notify.ts). */
const shownInApp = (userId: number) =>
  and(eq(notifications.userId, userId), sql`coalesce(json_extract(${notifications.payload}, '$.emailOnly'), 0) = 0`);

/** The actor's own notifications, newest first, a page at a time. */
export function listNotifications(db: Db, actor: Actor, rawQuery: unknown = {}): NotificationPage {
  const query = parseInput(notificationListSchema, rawQuery);
  const total = db.select({ count: count() }).from(notifications).where(shownInApp(actor.id)).get()?.count ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / NOTIFICATIONS_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const entries = db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      payload: notifications.payload,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .where(shownInApp(actor.id))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(NOTIFICATIONS_PAGE_SIZE)
    .offset((page - 1) * NOTIFICATIONS_PAGE_SIZE)
    .all();
  return { entries, page, pageCount, unread: countUnreadNotifications(db, actor) };
}

/** The number on the bell. E-mail-only notifications are stored read, so they never count. */
export function countUnreadNotifications(db: Db, actor: Actor): number {
  return (
    db
      .select({ count: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
      .get()?.count ?? 0
  );
}
