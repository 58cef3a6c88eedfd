import { and, eq, isNull } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { notifications } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { NotFoundError } from "../errors";
import { notificationIdSchema } from "../validation/notification-schemas";
import { parseInput } from "../validation/parse-input";

/**
 * Marks one of the actor's notifications read (again is fine). Someone else's is "not found", like
 * one that does not exist: nobody learns which notifications others have.
 */
export function markNotificationRead(db: Db, actor: Actor, rawInput: unknown, now = new Date()): void {
  const { notificationId } = parseInput(notificationIdSchema, rawInput);
  writeTransaction(db, (tx) => {
    const own = tx
      .select({ readAt: notifications.readAt })
      .from(notifications)
      .where(and(eq(notifications.id, notificationId), eq(notifications.userId, actor.id)))
      .get();
    if (!own) throw new NotFoundError("notification");
    if (own.readAt) return;
    tx.update(notifications).set({ readAt: now }).where(eq(notifications.id, notificationId)).run();
  });
}

/** Marks every unread notification of the actor read; returns how many there were. */
export function markAllNotificationsRead(db: Db, actor: Actor, now = new Date()): number {
  return writeTransaction(
    db,
    (tx) =>
      tx
        .update(notifications)
        .set({ readAt: now })
        .where(and(eq(notifications.userId, actor.id), isNull(notifications.readAt)))
        .run().changes,
  );
}
