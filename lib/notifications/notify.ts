import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { kickEmailDelivery } from "./delivery-kick";
import type { NotificationEvent } from "./payloads";
import { channelsFor } from "./preferences";

/** An event to tell about, for whomever it concerns. */
export type EventInput = NotificationEvent & {
  /** The same key for the same user is stored once, however many processes or sweeps notice the event. */
  dedupeKey?: string;
  /** Who caused the event: nobody is told about what they did themselves. */
  actorId?: number | null;
  now?: Date;
};

export type NotifyInput = EventInput & { userId: number };

/**
 * Tells one person about an event, inside the transaction of the use-case that caused it (so the
 * notification exists exactly when the change does). Skips the actor, disabled accounts and people
 * who turned the kind off. Returns the notification's id, or null when none was stored.
 *
 * A kind wanted by e-mail but not in the app is still stored (the e-mail is sent from the row), with
 * `readAt` set at once, so the bell never counts it, and `emailOnly` in its payload, so the list
 * does not show it.
 */
export function notify(tx: Tx, input: NotifyInput): number | null {
  if (input.actorId !== undefined && input.actorId !== null && input.actorId === input.userId) return null;
  const user = tx.select({ disabled: users.disabled }).from(users).where(eq(users.id, input.userId)).get();
  if (!user || user.disabled) return null;
  const channels = channelsFor(tx, input.userId, input.kind);
  if (!channels.inApp && !channels.email) return null;

  const now = input.now ?? new Date();
  const payload: Record<string, unknown> = channels.inApp
    ? { ...input.payload }
    : { ...input.payload, emailOnly: true };
  const row = tx
    .insert(notifications)
    .values({
      userId: input.userId,
      kind: input.kind,
      payload,
      dedupeKey: input.dedupeKey ?? null,
      readAt: channels.inApp ? null : now,
      emailState: channels.email ? "pending" : "none",
      createdAt: now,
    })
    // The only uniqueness a notification has is (user, dedupe key): a repeat is dropped silently.
    .onConflictDoNothing()
    .returning({ id: notifications.id })
    .get();
  if (!row) return null;
  if (channels.email) kickEmailDelivery();
  return row.id;
}

/** The same event for several people, each told once (someone may appear twice in a credit list). */
export function notifyEach(tx: Tx, userIds: Iterable<number | null | undefined>, input: EventInput): number[] {
  const ids: number[] = [];
  for (const userId of new Set(userIds)) {
    if (userId === null || userId === undefined) continue;
    const id = notify(tx, { ...input, userId });
    if (id !== null) ids.push(id);
  }
  return ids;
}
