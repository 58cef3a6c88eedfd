import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "@/lib/env";

function problemsOf(source: Record<string, string>) {
  try {
    parseEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems.map((problem) => problem.variable);
  }
  throw new Error("expected parseEnv to refuse the environment");
}

describe("environment parsing", () => {
  it("gives every setting a working default", () => {
    const env = parseEnv({});
    expect(env.DATABASE_PATH).toBe("data/tandem.db");
    expect(env.PORT).toBe(3000);
    expect(env.TANDEM_SEED).toBe("demo");
    expect(env.NEXTAUTH_SECRET).toBeUndefined();
    expect(env.TANDEM_NOTIFICATION_SWEEP_SECONDS).toBe(300);
    expect(env.SMTP_HOST).toBeUndefined();
    expect(env.SMTP_PORT).toBe(587);
  });

  it("reads numbers from strings and treats empty values as unset", () => {
    const env = parseEnv({ PORT: "8080", NEXTAUTH_URL: "", DATABASE_PATH: "/srv/tandem/db.sqlite" });
    expect(env.PORT).toBe(8080);
    expect(env.NEXTAUTH_URL).toBeUndefined();
    expect(env.DATABASE_PATH).toBe("/srv/tandem/db.sqlite");
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ TANDEM_SEED: "yes" }, "TANDEM_SEED"],
    [{ NEXTAUTH_SECRET: "too-short" }, "NEXTAUTH_SECRET"],
    [{ NEXTAUTH_URL: "localhost:3000" }, "NEXTAUTH_URL"],
    [{ NEXTAUTH_URL: "ftp://example.org" }, "NEXTAUTH_URL"],
    [{ DATABASE_PATH: "   " }, "DATABASE_PATH"],
    [{ NODE_ENV: "staging" }, "NODE_ENV"],
    [{ TANDEM_NOTIFICATION_SWEEP_SECONDS: "0" }, "TANDEM_NOTIFICATION_SWEEP_SECONDS"],
    [{ SMTP_PORT: "smtp" }, "SMTP_PORT"],
    [{ SMTP_SECURE: "yes" }, "SMTP_SECURE"],
    [{ SMTP_USER: "tandem" }, "SMTP_PASSWORD"],
    [{ SMTP_PASSWORD: "secret" }, "SMTP_USER"],
    [{ MAIL_FROM: "Tandem" }, "MAIL_FROM"],
  ])("refuses %o and names %s", (source, variable) => {
    expect(problemsOf(source)).toEqual([variable]);
  });

  it("names every bad variable at once, in a message an operator can act on", () => {
    expect(problemsOf({ PORT: "x", TANDEM_SEED: "maybe" })).toEqual(["PORT", "TANDEM_SEED"]);
    expect(problemsOf({ TANDEM_PSEUDO_LOCALE: "yes" })).toEqual(["TANDEM_PSEUDO_LOCALE"]);
    expect(() => parseEnv({ PORT: "x" })).toThrow(/PORT: /);
  });
});
