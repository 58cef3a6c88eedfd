import path from "node:path";
import { publicUrl, type Env } from "../../env";
import { createFileSender } from "./file-sender";
import type { EmailSender } from "./sender";
import { createSmtpSender } from "./smtp-sender";

/** Where the file sender writes: `outbox/` beside the database (data/outbox by default). */
export function outboxDir(config: Env): string {
  return path.join(path.dirname(path.resolve(config.DATABASE_PATH)), "outbox");
}

/** MAIL_FROM, else a no-reply address at the host people reach Tandem on. */
export function mailFrom(config: Env): string {
  if (config.MAIL_FROM) return config.MAIL_FROM;
  return `Tandem <no-reply@${new URL(publicUrl(config)).hostname}>`;
}

/** SMTP when SMTP_HOST is set; otherwise `.eml` files in the outbox. */
export function createEmailSender(config: Env): EmailSender {
  return config.SMTP_HOST
    ? createSmtpSender(config, mailFrom(config))
    : createFileSender(outboxDir(config), mailFrom(config));
}
