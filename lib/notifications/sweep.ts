// The notification sweep: what no request causes on its own. Claims about to end, the daily digest
// of new jobs, and e-mails still to send (new ones whose prompt delivery failed, retries, and
// those a crashed process left behind).
import type { Db } from "@/db/client";
import { env as currentEnv, publicUrl, type Env } from "../env";
import { registerEmailDelivery } from "./delivery-kick";
import { deliverPendingEmails, type DeliveryReport } from "./deliver-emails";
import type { EmailSender } from "./email/sender";
import { createEmailSender } from "./email/sender-from-env";
import { notifyExpiringClaims } from "./expiring-claims";
import { sendOpenJobsDigests } from "./open-jobs-digest";

export type SweepReport = { expiringClaims: number; digests: number; emails: DeliveryReport };

export type SweepOptions = { sender: EmailSender; baseUrl: string; now?: () => Date };

/** One pass. Several processes may run it at the same moment: dedupe keys and per-e-mail claims keep it to once. */
export async function runNotificationSweep(db: Db, options: SweepOptions): Promise<SweepReport> {
  const now = options.now ?? (() => new Date());
  const expiringClaims = notifyExpiringClaims(db, now());
  const digests = sendOpenJobsDigests(db, now());
  const emails = await deliverPendingEmails(db, options);
  return { expiringClaims, digests, emails };
}

/**
 * Runs the sweep now and then every TANDEM_NOTIFICATION_SWEEP_SECONDS, and lets use-cases send
 * their e-mail at once (delivery-kick.ts). A pass still running (a slow mail server) is not
 * overlapped by the next. The timer never keeps the process alive.
 */
export function startNotificationSweep(db: Db, config: Env = currentEnv()): void {
  const options: SweepOptions = { sender: createEmailSender(config), baseUrl: publicUrl(config) };
  registerEmailDelivery(() => deliverPendingEmails(db, { ...options, freshOnly: true }));
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      // Failures are logged where they happen (deliver-emails.ts); a quiet sweep says nothing.
      await runNotificationSweep(db, options);
    } catch (error) {
      console.error("Tandem: the notification sweep failed; it will try again.", error);
    } finally {
      running = false;
    }
  };
  void sweep();
  setInterval(() => void sweep(), config.TANDEM_NOTIFICATION_SWEEP_SECONDS * 1000).unref();
}
