// Where notification e-mail goes: an SMTP server in production, files in development and tests.
// Delivery (../deliver-emails.ts) only knows this interface.

export type EmailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The message's language (Content-Language); Arabic HTML is also written right to left. */
  language: string;
  /** The notification it tells about: file names and headers name it, so a message can be traced. */
  notificationId: number;
  kind: string;
};

export interface EmailSender {
  /** Resolves once the message is handed over (accepted by the server, or written); throws otherwise. */
  send(message: EmailMessage): Promise<void>;
}
