// E-mail goes out right after the change that caused it commits, without the request waiting for
// the mail server: the use-case only asks for a delivery; the notification sweep is the retry.

type Kick = { deliver: () => Promise<unknown>; scheduled: boolean };

// On globalThis: Next.js may load this module once for instrumentation and again for the routes,
// and both must share the deliverer the server registered at start.
const state = globalThis as typeof globalThis & { tandemEmailKick?: Kick };

/** The server's delivery, registered when the sweep starts; null unregisters it (tests). */
export function registerEmailDelivery(deliver: (() => Promise<unknown>) | null): void {
  state.tandemEmailKick = deliver ? { deliver, scheduled: false } : undefined;
}

/**
 * Asks for a delivery of pending e-mail once the current synchronous work is over. Transactions
 * are synchronous (better-sqlite3), so by then the rows that asked for it are committed; if the
 * transaction rolled back, the delivery finds nothing to send. Many asks in one tick make one run.
 * Without a registered delivery (tests, command line) it does nothing: the sweep sends later.
 */
export function kickEmailDelivery(): void {
  const kick = state.tandemEmailKick;
  if (!kick || kick.scheduled) return;
  kick.scheduled = true;
  setImmediate(() => {
    kick.scheduled = false;
    kick.deliver().catch((error: unknown) => {
      console.error("Tandem: sending notification e-mail failed; the sweep will try again.", error);
    });
  });
}
