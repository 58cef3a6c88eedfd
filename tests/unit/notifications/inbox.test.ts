// The bell and the list: one's own notifications only, newest first, marked read one by one or
// all at once; and the choice of what to get.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { writeTransaction } from "@/db/client";
import { NOTIFICATION_KINDS } from "@/db/enums";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { countUnreadNotifications, listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-read";
import { getNotificationSettings, setNotificationSettings } from "@/lib/notifications/notification-preferences";
import { notify } from "@/lib/notifications/notify";
import { NOTIFICATIONS_PAGE_SIZE } from "@/lib/validation/notification-schemas";
import { makeUser } from "../support/factories";
import { createTestDb } from "../support/test-db";
import { notificationsOf } from "./support";

const db = createTestDb();
const T0 = new Date("2026-03-02T09:00:00.000Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

function published(user: Actor, jobId: number, at: Date): number {
  return writeTransaction(db, (tx) =>
    notify(tx, {
      userId: user.id,
      kind: "article-published",
      payload: {
        jobId,
        title: `Article ${jobId}`,
        sourceLanguage: "en",
        targetLanguage: "fr",
        slug: `article-${jobId}`,
      },
      now: at,
    })!,
  );
}

describe("the list and the bell", () => {
  it("shows one's own notifications, newest first, a page at a time, and counts the unread ones", async () => {
    const ana = await makeUser(db);
    const ben = await makeUser(db);
    const ids = Array.from({ length: NOTIFICATIONS_PAGE_SIZE + 2 }, (_, index) =>
      published(ana, index + 1, minutes(index)),
    );
    published(ben, 99, minutes(0));

    const first = listNotifications(db, ana);
    expect(first).toMatchObject({ page: 1, pageCount: 2, unread: ids.length });
    expect(first.entries).toHaveLength(NOTIFICATIONS_PAGE_SIZE);
    expect(first.entries[0]).toMatchObject({ id: ids.at(-1), kind: "article-published", readAt: null });
    expect(first.entries.map((entry) => entry.createdAt.getTime())).toEqual(
      [...first.entries.map((entry) => entry.createdAt.getTime())].sort((a, b) => b - a),
    );
    const second = listNotifications(db, ana, { page: "2" });
    expect(second.entries.map((entry) => entry.id)).toEqual([ids[1], ids[0]]);
    // A page past the end (an old bookmark) shows the last one.
    expect(listNotifications(db, ana, { page: "40" }).page).toBe(2);
    expect(listNotifications(db, ana, { page: "nonsense" }).page).toBe(1);

    expect(countUnreadNotifications(db, ana)).toBe(ids.length);
    expect(countUnreadNotifications(db, ben)).toBe(1);
  });

  it("marks one notification read, and all of them at once", async () => {
    const ana = await makeUser(db);
    const first = published(ana, 1, minutes(0));
    published(ana, 2, minutes(1));
    published(ana, 3, minutes(2));

    markNotificationRead(db, ana, { notificationId: first }, minutes(5));
    expect(countUnreadNotifications(db, ana)).toBe(2);
    expect(listNotifications(db, ana).entries.find((entry) => entry.id === first)?.readAt).toEqual(minutes(5));
    // Marking it again changes nothing, not even the time it was read.
    markNotificationRead(db, ana, { notificationId: String(first) }, minutes(9));
    expect(notificationsOf(db, ana.id).find((row) => row.id === first)?.readAt).toEqual(minutes(5));

    expect(markAllNotificationsRead(db, ana, minutes(10))).toBe(2);
    expect(countUnreadNotifications(db, ana)).toBe(0);
    expect(markAllNotificationsRead(db, ana, minutes(11))).toBe(0);
  });

  it("answers 'not found' for someone else's notification, and changes nothing", async () => {
    const ana = await makeUser(db);
    const ben = await makeUser(db);
    const anas = published(ana, 1, minutes(0));

    expect(() => markNotificationRead(db, ben, { notificationId: anas })).toThrow(NotFoundError);
    expect(() => markNotificationRead(db, ben, { notificationId: 987_654 })).toThrow(NotFoundError);
    expect(() => markNotificationRead(db, ben, { notificationId: "x" })).toThrow(ValidationError);
    markAllNotificationsRead(db, ben);
    expect(countUnreadNotifications(db, ana)).toBe(1);
  });
});

describe("choosing what to get", () => {
  it("starts with everything on except the daily digest", async () => {
    const ana = await makeUser(db);
    const settings = getNotificationSettings(db, ana);
    expect(settings.emailLanguage).toBeNull();
    expect(settings.kinds).toEqual(
      NOTIFICATION_KINDS.map((kind) =>
        kind === "open-jobs-digest" ? { kind, inApp: false, email: false } : { kind, inApp: true, email: true },
      ),
    );
  });

  it("stores every kind as the form sends it, with the language of e-mails", async () => {
    const ana = await makeUser(db);
    // A form sends one value per ticked box: a single one arrives as a string.
    const saved = setNotificationSettings(db, ana, {
      inApp: ["claim-expiring", "open-jobs-digest", "job-approved"],
      email: "open-jobs-digest",
      emailLanguage: "fr",
    });
    expect(saved.emailLanguage).toBe("fr");
    expect(Object.fromEntries(saved.kinds.map(({ kind, inApp, email }) => [kind, [inApp, email]]))).toEqual({
      "claim-expiring": [true, false],
      "changes-requested": [false, false],
      "job-approved": [true, false],
      "article-published": [false, false],
      "source-updated": [false, false],
      "open-jobs-digest": [true, true],
    });
    expect(db.select({ uiLanguage: users.uiLanguage }).from(users).where(eq(users.id, ana.id)).get()?.uiLanguage).toBe(
      "fr",
    );

    // Nothing ticked: everything off; the language stays.
    const none = setNotificationSettings(db, ana, {});
    expect(none.kinds.every((kind) => !kind.inApp && !kind.email)).toBe(true);
    expect(none.emailLanguage).toBe("fr");
    expect(
      writeTransaction(db, (tx) =>
        notify(tx, {
          userId: ana.id,
          kind: "article-published",
          payload: { jobId: 1, title: "T", sourceLanguage: "en", targetLanguage: "fr", slug: "t" },
        }),
      ),
    ).toBeNull();
  });

  it("refuses an unknown kind or language, and keeps the previous choice", async () => {
    const ana = await makeUser(db);
    expect(() => setNotificationSettings(db, ana, { inApp: ["everything"], email: [] })).toThrow(ValidationError);
    expect(() => setNotificationSettings(db, ana, { inApp: [], email: [], emailLanguage: "qps" })).toThrow(
      ValidationError,
    );
    expect(getNotificationSettings(db, ana).kinds.find((kind) => kind.kind === "job-approved")).toMatchObject({
      inApp: true,
      email: true,
    });
  });
});
