import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";
import { mailOptions } from "./mail-options";
import type { EmailSender } from "./sender";

/** `2026-03-02T09:00:00.000Z` without its colons, which some file systems refuse. */
const fileTime = (date: Date) => date.toISOString().replaceAll(":", "");

/**
 * Writes each message as an RFC 822 `.eml` file in `dir` (development and tests have no mail
 * server): `<time>-<notification id>-<kind>.eml`, which any mail program opens. nodemailer composes
 * it, so accented and Arabic subjects and names are encoded as a real mail server would get them.
 * The file appears whole or not at all: it is written under a temporary name, then renamed.
 */
export function createFileSender(dir: string, from: string, now: () => Date = () => new Date()): EmailSender {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" });
  return {
    async send(message) {
      const date = now();
      const info = await composer.sendMail(mailOptions(message, from, date));
      const name = `${fileTime(date)}-${message.notificationId}-${message.kind}.eml`;
      const temporary = path.join(dir, `.${name}.${process.pid}.tmp`);
      await mkdir(dir, { recursive: true });
      try {
        await writeFile(temporary, info.message as Buffer);
        await rename(temporary, path.join(dir, name));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    },
  };
}
