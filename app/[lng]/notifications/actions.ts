"use server";

import { refresh } from "next/cache";
import { guardedAction, type ActionResult } from "@/app/_lib/guarded-action";
import { getDb } from "@/db/client";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";

/** "Mark as read" on one notification; the page and the bell then show it read. */
export async function markNotificationReadAction(lng: string, formData: FormData): Promise<void> {
  await guardedAction(lng, (actor) =>
    markNotificationRead(getDb(), actor, { notificationId: formData.get("notificationId") }),
  );
  refresh();
}

/** "Mark all as read". */
export async function markAllNotificationsReadAction(lng: string): Promise<void> {
  await guardedAction(lng, (actor) => markAllNotificationsRead(getDb(), actor));
  refresh();
}

/**
 * Opening a notification's link marks it read. The browser goes on to the link whatever the
 * answer: being marked read is no reason to keep anyone from their work.
 */
export async function openNotificationAction(lng: string, notificationId: number): Promise<ActionResult<null>> {
  return guardedAction(lng, (actor) => {
    markNotificationRead(getDb(), actor, { notificationId });
    return null;
  });
}
