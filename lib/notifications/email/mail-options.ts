import type Mail from "nodemailer/lib/mailer";
import type { EmailMessage } from "./sender";

/** One message as nodemailer composes it, for every transport alike. */
export function mailOptions(message: EmailMessage, from: string, date: Date): Mail.Options {
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    date,
    headers: {
      "Content-Language": message.language,
      "X-Tandem-Notification": `${message.notificationId} ${message.kind}`,
      // Automatic mail: no out-of-office replies to it (RFC 3834).
      "Auto-Submitted": "auto-generated",
    },
  };
}
