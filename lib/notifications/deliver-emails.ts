import { and, asc, eq, lt, sql } from "drizzle-orm";
import { writeTransaction, type Db } from "@/db/client";
import { notifications, users } from "@/db/schema";
import { composeNotificationEmail } from "./compose-email";
import type { EmailSender } from "./email/sender";

/** After this many failed attempts an e-mail is given up ('failed'). */
export const MAX_EMAIL_ATTEMPTS = 5;
/** An e-mail still 'sending' after this long was left by a process that died: it goes back to the queue. */
export const SENDING_TIMEOUT_MS = 10 * 60 * 1000;
/** E-mails one delivery run takes on; the next run takes the rest. */
const BATCH = 200;

export type DeliveryOptions = {
  sender: EmailSender;
  /** The public address links in e-mails start with. */
  baseUrl: string;
  now?: () => Date;
  /** Only e-mails never tried yet: right after a use-case, failures wait for the sweep. */
  freshOnly?: boolean;
};

export type DeliveryReport = { sent: number; retrying: number; failed: number; skipped: number };

// While an e-mail is 'sending', `emailedAt` holds when the attempt started (so a stuck one can be
// found); once 'sent', when it was handed over. A pending or failed one has none.

/** E-mails left 'sending' by a process that died are queued again, or given up after the last attempt. */
export function recoverStuckEmails(db: Db, now = new Date()): number {
  const stuck = and(
    eq(notifications.emailState, "sending"),
    lt(notifications.emailedAt, new Date(now.getTime() - SENDING_TIMEOUT_MS)),
  );
  // Nearly always there is none: look before taking the write lock.
  if (!db.select({ id: notifications.id }).from(notifications).where(stuck).get()) return 0;
  return writeTransaction(
    db,
    (tx) =>
      tx
        .update(notifications)
        .set({
          emailState: sql`case when ${notifications.emailAttempts} >= ${MAX_EMAIL_ATTEMPTS} then 'failed' else 'pending' end`,
          emailedAt: null,
        })
        .where(stuck)
        .run().changes,
  );
}

/**
 * Takes one pending e-mail for this process: of several processes trying at once, exactly one
 * changes the row from 'pending' to 'sending'. The attempt is counted now, so an e-mail that makes
 * its process die is still given up after the last attempt.
 */
function claimEmail(db: Db, id: number, now: Date): boolean {
  return (
    writeTransaction(db, (tx) =>
      tx
        .update(notifications)
        .set({ emailState: "sending", emailAttempts: sql`${notifications.emailAttempts} + 1`, emailedAt: now })
        .where(and(eq(notifications.id, id), eq(notifications.emailState, "pending")))
        .run(),
    ).changes === 1
  );
}

function finish(db: Db, id: number, outcome: "sent" | "failed" | "retry" | "unwanted", now: Date): void {
  writeTransaction(db, (tx) => {
    const set =
      outcome === "sent"
        ? { emailState: "sent" as const, emailedAt: now }
        : outcome === "unwanted"
          ? { emailState: "none" as const, emailedAt: null }
          : { emailState: outcome === "failed" ? ("failed" as const) : ("pending" as const), emailedAt: null };
    tx.update(notifications).set(set).where(eq(notifications.id, id)).run();
  });
}

/**
 * Sends pending notification e-mails, each in its recipient's language. Safe to run in several
 * processes at once (each e-mail is claimed by one), and again after a crash (stuck ones are
 * recovered first). A failed attempt puts the e-mail back in the queue for the next sweep, until
 * the last one.
 */
export async function deliverPendingEmails(db: Db, options: DeliveryOptions): Promise<DeliveryReport> {
  const now = options.now ?? (() => new Date());
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, skipped: 0 };
  if (!options.freshOnly) recoverStuckEmails(db, now());
  const pending = db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      options.freshOnly
        ? and(eq(notifications.emailState, "pending"), eq(notifications.emailAttempts, 0))
        : eq(notifications.emailState, "pending"),
    )
    .orderBy(asc(notifications.id))
    .limit(BATCH)
    .all()
    .map((row) => row.id);

  for (const id of pending) {
    if (!claimEmail(db, id, now())) continue;
    const row = db
      .select({
        id: notifications.id,
        kind: notifications.kind,
        payload: notifications.payload,
        attempts: notifications.emailAttempts,
        email: users.email,
        displayName: users.displayName,
        uiLanguage: users.uiLanguage,
        disabled: users.disabled,
      })
      .from(notifications)
      .innerJoin(users, eq(users.id, notifications.userId))
      .where(eq(notifications.id, id))
      .get();
    // The account was disabled (or deleted) since: nobody should be written to any more.
    if (!row || row.disabled) {
      if (row) finish(db, id, "unwanted", now());
      report.skipped += 1;
      continue;
    }
    try {
      await options.sender.send(composeNotificationEmail(row, row, options.baseUrl));
      finish(db, id, "sent", now());
      report.sent += 1;
    } catch (error) {
      const last = row.attempts >= MAX_EMAIL_ATTEMPTS;
      finish(db, id, last ? "failed" : "retry", now());
      report[last ? "failed" : "retrying"] += 1;
      console.error(
        `Tandem: e-mail for notification ${id} failed (attempt ${row.attempts} of ${MAX_EMAIL_ATTEMPTS}${last ? ", giving up" : ""}).`,
        error,
      );
    }
  }
  return report;
}
