// Notification e-mail: composed in the recipient's language, sent once even with several
// processes, retried after a failure, given up after the last attempt, recovered after a crash.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { writeTransaction } from "@/db/client";
import { notifications, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { registerEmailDelivery } from "@/lib/notifications/delivery-kick";
import { deliverPendingEmails, MAX_EMAIL_ATTEMPTS, SENDING_TIMEOUT_MS } from "@/lib/notifications/deliver-emails";
import { createFileSender } from "@/lib/notifications/email/file-sender";
import { notify } from "@/lib/notifications/notify";
import type { NotificationPayloads } from "@/lib/notifications/payloads";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";
import { BASE_URL, fakeSender, notificationsOf, parseEml } from "./support";

const db = createTestDb();
const outbox = mkdtempSync(path.join(tmpdir(), "tandem-outbox-"));
afterAll(() => rmSync(outbox, { recursive: true, force: true }));
afterEach(() => registerEmailDelivery(null));
// Each test counts what it sends: start from an empty queue.
beforeEach(() => db.delete(notifications).run());

const NOW = new Date("2026-03-02T09:00:00.000Z");
const minutesAfter = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const APPROVED: NotificationPayloads["job-approved"] = {
  jobId: 41,
  title: "Mangroves in Fiji",
  sourceLanguage: "en",
  targetLanguage: "es",
  reviewerName: "Lucía Fernández",
};

async function person(uiLanguage: string | null, displayName = "Ana López"): Promise<Actor> {
  const user = await makeUser(db);
  db.update(users).set({ uiLanguage, displayName }).where(eq(users.id, user.id)).run();
  return { ...user, displayName };
}

function approvedFor(user: Actor, payload = APPROVED): number {
  return writeTransaction(db, (tx) => notify(tx, { userId: user.id, kind: "job-approved", payload, now: NOW })!);
}

const rowOf = (id: number) => db.select().from(notifications).where(eq(notifications.id, id)).get()!;

describe("delivering pending e-mail", () => {
  it("sends each e-mail once, in its recipient's language, with an absolute link and a way to change settings", async () => {
    const lucia = await person("es");
    const id = approvedFor(lucia);
    const sender = fakeSender();

    expect(await deliverPendingEmails(db, { sender, baseUrl: BASE_URL, now: () => NOW })).toMatchObject({ sent: 1 });
    expect(await deliverPendingEmails(db, { sender, baseUrl: BASE_URL, now: () => NOW })).toMatchObject({ sent: 0 });

    expect(sender.sent).toHaveLength(1);
    const [message] = sender.sent;
    expect(message).toMatchObject({ to: lucia.email, language: "es", notificationId: id, kind: "job-approved" });
    expect(message!.subject).toBe("Traducción aprobada: «Mangroves in Fiji»");
    expect(message!.text).toContain("Hola, Ana López:");
    expect(message!.text).toContain("Lucía Fernández ha aprobado tu traducción al español de «Mangroves in Fiji».");
    expect(message!.text).toContain(`${BASE_URL}/es/jobs/41`);
    expect(message!.text).toContain(`${BASE_URL}/es/settings#notifications`);
    expect(message!.html).toContain(`href="${BASE_URL}/es/jobs/41"`);
    expect(rowOf(id)).toMatchObject({ emailState: "sent", emailAttempts: 1, emailedAt: NOW });
  });

  it("writes in English to someone who never chose a language", async () => {
    const ana = await person(null);
    approvedFor(ana);
    const sender = fakeSender();
    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL });
    expect(sender.sent[0]!.subject).toBe("Translation approved: “Mangroves in Fiji”");
    expect(sender.sent[0]!.text).toContain("Lucía Fernández approved your Spanish translation of “Mangroves in Fiji”.");
  });

  it("retries a failed e-mail at each sweep and gives up after the last attempt", async () => {
    const ana = await person("fr");
    const id = approvedFor(ana);
    const sender = fakeSender();
    sender.failing = true;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);

    for (let attempt = 1; attempt < MAX_EMAIL_ATTEMPTS; attempt++) {
      expect(await deliverPendingEmails(db, { sender, baseUrl: BASE_URL })).toMatchObject({ retrying: 1 });
      expect(rowOf(id)).toMatchObject({ emailState: "pending", emailAttempts: attempt, emailedAt: null });
    }
    expect(await deliverPendingEmails(db, { sender, baseUrl: BASE_URL })).toMatchObject({ failed: 1 });
    expect(rowOf(id)).toMatchObject({ emailState: "failed", emailAttempts: MAX_EMAIL_ATTEMPTS });

    // The operator sees each failure, and the last one says it gave up.
    expect(logged).toHaveBeenCalledTimes(MAX_EMAIL_ATTEMPTS);
    expect(logged.mock.lastCall?.[0]).toMatch(/giving up/);
    logged.mockRestore();

    sender.failing = false;
    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL });
    expect(sender.sent).toEqual([]);
  });

  it("leaves a failed e-mail to the sweep when delivering right after a use-case", async () => {
    const ana = await person("en");
    const id = approvedFor(ana);
    const sender = fakeSender();
    sender.failing = true;
    vi.spyOn(console, "error").mockImplementationOnce(() => undefined);
    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL });
    sender.failing = false;

    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL, freshOnly: true });
    expect(rowOf(id).emailState).toBe("pending");
    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL });
    expect(rowOf(id)).toMatchObject({ emailState: "sent", emailAttempts: 2 });
  });

  it("puts back e-mails a crashed process left 'sending' for over 10 minutes, and gives up on those out of attempts", async () => {
    const ana = await person("en");
    const stuck = approvedFor(ana);
    const recent = approvedFor(ana);
    const exhausted = approvedFor(ana);
    const leftSending = (id: number, since: Date, attempts: number) =>
      db
        .update(notifications)
        .set({ emailState: "sending", emailedAt: since, emailAttempts: attempts })
        .where(eq(notifications.id, id))
        .run();
    leftSending(stuck, minutesAfter(0), 1);
    leftSending(recent, minutesAfter(5), 1);
    leftSending(exhausted, minutesAfter(0), MAX_EMAIL_ATTEMPTS);
    const sender = fakeSender();

    const later = new Date(minutesAfter(0).getTime() + SENDING_TIMEOUT_MS + 60_000);
    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL, now: () => later });

    expect(sender.sent.map((message) => message.notificationId)).toEqual([stuck]);
    expect(rowOf(stuck)).toMatchObject({ emailState: "sent", emailAttempts: 2 });
    // Maybe still being sent by a live process: left alone.
    expect(rowOf(recent)).toMatchObject({ emailState: "sending", emailAttempts: 1 });
    expect(rowOf(exhausted)).toMatchObject({ emailState: "failed" });
  });

  it("sends each e-mail once when two deliveries run at the same time", async () => {
    const people = await Promise.all([person("en"), person("es"), person("ar")]);
    const ids = people.map((someone) => approvedFor(someone));
    const sender = fakeSender();
    await Promise.all([
      deliverPendingEmails(db, { sender, baseUrl: BASE_URL }),
      deliverPendingEmails(db, { sender, baseUrl: BASE_URL }),
    ]);
    expect(sender.sent.map((message) => message.notificationId).sort()).toEqual([...ids].sort());
  });

  it("writes to nobody whose account was disabled since", async () => {
    const ana = await person("en");
    const id = approvedFor(ana);
    db.update(users).set({ disabled: true }).where(eq(users.id, ana.id)).run();
    const sender = fakeSender();
    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL });
    expect(sender.sent).toEqual([]);
    expect(rowOf(id).emailState).toBe("none");
  });
});

describe("prompt delivery after a use-case", () => {
  it("sends the e-mail once the transaction has committed, without the caller waiting", async () => {
    const ana = await person("en");
    const sender = fakeSender();
    const delivered = new Promise<number>((resolve) => {
      registerEmailDelivery(async () => {
        const report = await deliverPendingEmails(db, { sender, baseUrl: BASE_URL, freshOnly: true });
        resolve(report.sent);
      });
    });
    const id = approvedFor(ana);
    // The use-case has returned; nothing is sent until the current work is over.
    expect(sender.sent).toEqual([]);
    expect(await delivered).toBe(1);
    expect(sender.sent.map((message) => message.notificationId)).toEqual([id]);
  });

  it("sends nothing for a transaction that rolled back", async () => {
    const ana = await person("en");
    const sender = fakeSender();
    const delivered = new Promise<number>((resolve) => {
      registerEmailDelivery(async () => {
        const report = await deliverPendingEmails(db, { sender, baseUrl: BASE_URL, freshOnly: true });
        resolve(report.sent);
      });
    });
    expect(() =>
      writeTransaction(db, (tx) => {
        notify(tx, { userId: ana.id, kind: "job-approved", payload: APPROVED });
        throw new Error("the use-case failed after notifying");
      }),
    ).toThrow(/failed after notifying/);
    expect(await delivered).toBe(0);
    expect(notificationsOf(db, ana.id)).toEqual([]);
  });
});

describe("the file sender", () => {
  it("writes an .eml file a mail program can read, encoded for Arabic", async () => {
    const samira = await person("ar", "سميرة");
    const id = approvedFor(samira, {
      ...APPROVED,
      title: "أشجار المانغروف في فيجي",
      sourceLanguage: "ar",
      targetLanguage: "fr",
    });
    const sender = createFileSender(outbox, "Tandem <no-reply@tandem.example.org>", () => NOW);
    await deliverPendingEmails(db, { sender, baseUrl: BASE_URL });

    const files = readdirSync(outbox);
    expect(files).toEqual([`2026-03-02T090000.000Z-${id}-job-approved.eml`]);
    const raw = readFileSync(path.join(outbox, files[0]!), "utf8");
    // Every header is plain ASCII: the Arabic is encoded as RFC 2047 words.
    expect(raw.slice(0, raw.indexOf("\r\n\r\n"))).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    const email = parseEml(raw);
    expect(email.headers.to).toBe(samira.email);
    expect(email.headers.from).toBe("Tandem <no-reply@tandem.example.org>");
    expect(email.headers.subject).toBe("اعتُمدت الترجمة: «أشجار المانغروف في فيجي»");
    expect(email.headers["content-language"]).toBe("ar");
    expect(email.text).toContain("مرحبًا سميرة،");
    expect(email.text).toContain(`${BASE_URL}/ar/jobs/41`);
    expect(email.html).toContain('dir="rtl"');
    expect(email.html).toContain(`href="${BASE_URL}/ar/settings#notifications"`);
  });
});
