// Shared helpers for the notification tests: reading what each person was told, fake mail
// senders, and a small reader of .eml files.
import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { NotificationKind } from "@/db/enums";
import { notificationPreferences, notifications } from "@/db/schema";
import type { EmailMessage, EmailSender } from "@/lib/notifications/email/sender";

export function notificationsOf(db: Db, userId: number, kind?: NotificationKind) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.id))
    .all()
    .filter((row) => kind === undefined || row.kind === kind);
}

export function setChannels(db: Db, userId: number, kind: NotificationKind, inApp: boolean, email: boolean) {
  db.insert(notificationPreferences)
    .values({ userId, kind, inApp, email })
    .onConflictDoUpdate({
      target: [notificationPreferences.userId, notificationPreferences.kind],
      set: { inApp, email },
    })
    .run();
}

/** Keeps every message it is given; fails while `failing` is set. */
export function fakeSender() {
  const sent: EmailMessage[] = [];
  const sender: EmailSender & { sent: EmailMessage[]; failing: boolean } = {
    sent,
    failing: false,
    send(message) {
      if (sender.failing) return Promise.reject(new Error("mail server down"));
      sent.push(message);
      return Promise.resolve();
    },
  };
  return sender;
}

export const BASE_URL = "https://tandem.example.org";

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=) decoded, folded lines joined. */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset: string, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            "latin1",
          ).toString("utf8"),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  switch (encoding?.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    case "quoted-printable":
      return Buffer.from(
        body
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      ).toString("utf8");
    default:
      return body;
  }
}

type Part = { headers: Record<string, string>; body: string };

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? "" : raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

/** The headers (decoded) and the text and HTML bodies of an RFC 822 message. */
export function parseEml(raw: string): { headers: Record<string, string>; text: string; html: string } {
  const message = splitPart(raw);
  const headers = Object.fromEntries(
    Object.entries(message.headers).map(([name, value]) => [name, decodeHeader(value)]),
  );
  const bodies: Record<string, string> = {};
  const collect = (part: Part) => {
    const type = part.headers["content-type"] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
    if (boundary) {
      for (const chunk of part.body.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith("--")) break;
        collect(splitPart(chunk.replace(/^\r?\n/, "")));
      }
      return;
    }
    bodies[type.split(";")[0]!.trim()] = decodeBody(part.body, part.headers["content-transfer-encoding"]);
  };
  collect(message);
  return { headers, text: bodies["text/plain"] ?? "", html: bodies["text/html"] ?? "" };
}
