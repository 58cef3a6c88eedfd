// Which sender the environment gives, and how it is configured; no network is used.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { createEmailSender, mailFrom, outboxDir } from "@/lib/notifications/email/sender-from-env";
import { createSmtpSender, smtpTransportOptions } from "@/lib/notifications/email/smtp-sender";

describe("the e-mail sender", () => {
  it("uses the SMTP server of the environment, with its credentials", () => {
    const config = parseEnv({
      SMTP_HOST: "smtp.example.org",
      SMTP_USER: "tandem",
      SMTP_PASSWORD: "s3cret-password",
      MAIL_FROM: "Tandem <tandem@example.org>",
    });
    expect(smtpTransportOptions(config)).toMatchObject({
      host: "smtp.example.org",
      port: 587,
      secure: false,
      auth: { user: "tandem", pass: "s3cret-password" },
    });
    const sender = createSmtpSender(config, mailFrom(config));
    expect((sender.transport.options as { host?: string }).host).toBe("smtp.example.org");
    expect(mailFrom(config)).toBe("Tandem <tandem@example.org>");
    expect("transport" in createEmailSender(config)).toBe(true);
  });

  it("speaks TLS from the start on port 465 unless told otherwise, and sends no credentials without a user", () => {
    expect(smtpTransportOptions(parseEnv({ SMTP_HOST: "mail", SMTP_PORT: "465" }))).toMatchObject({
      port: 465,
      secure: true,
      auth: undefined,
    });
    expect(smtpTransportOptions(parseEnv({ SMTP_HOST: "mail", SMTP_PORT: "2525", SMTP_SECURE: "true" }))).toMatchObject(
      {
        port: 2525,
        secure: true,
      },
    );
  });

  it("writes files beside the database when no SMTP server is set, from a no-reply address of the public host", () => {
    const config = parseEnv({ DATABASE_PATH: "/srv/tandem/tandem.db", NEXTAUTH_URL: "https://tandem.example.org" });
    expect(outboxDir(config)).toBe(path.join("/srv/tandem", "outbox"));
    expect(outboxDir(parseEnv({}))).toBe(path.resolve("data", "outbox"));
    expect(mailFrom(config)).toBe("Tandem <no-reply@tandem.example.org>");
    expect("transport" in createEmailSender(config)).toBe(false);
  });
});
