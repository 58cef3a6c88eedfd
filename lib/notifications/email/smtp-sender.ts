import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { Env } from "../../env";
import { mailOptions } from "./mail-options";
import type { EmailSender } from "./sender";

/** How long to wait for the mail server before the attempt counts as failed (the sweep retries). */
const SMTP_TIMEOUT_MS = 30_000;

/** The SMTP connection the environment describes (SMTP_HOST must be set). */
export function smtpTransportOptions(config: Env): SMTPTransport.Options {
  if (!config.SMTP_HOST) throw new Error("SMTP_HOST is not set");
  return {
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    // Port 465 speaks TLS from the start; the others upgrade with STARTTLS when the server offers it.
    secure: config.SMTP_SECURE ?? config.SMTP_PORT === 465,
    auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? "" } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  };
}

export type SmtpSender = EmailSender & { transport: nodemailer.Transporter<SMTPTransport.SentMessageInfo> };

/** Sends through the SMTP server of the environment; a refusal or a timeout is a failed attempt. */
export function createSmtpSender(config: Env, from: string, now: () => Date = () => new Date()): SmtpSender {
  const transport = nodemailer.createTransport(smtpTransportOptions(config));
  return {
    transport,
    async send(message) {
      await transport.sendMail(mailOptions(message, from, now()));
    },
  };
}
