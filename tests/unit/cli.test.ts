import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { authenticate } from "@/lib/auth/authenticate";

const dir = mkdtempSync(path.join(tmpdir(), "tandem-cli-"));
const databasePath = path.join(dir, "tandem.db");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tandem(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/tandem.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath, NEXTAUTH_SECRET: "s".repeat(32) },
    input,
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

describe("the tandem command", () => {
  it("creates the first administrator of an unseeded database, then refuses a second", async () => {
    const created = tandem(["create-admin", "--email", "Root@Example.org", "--name", "Site Admin"]);
    expect(created.out).toContain("Created administrator root@example.org.");
    expect(created.status).toBe(0);
    const password = /Password \(shown only now\): (\S+)/.exec(created.out)?.[1];
    expect(password).toBeDefined();

    const db = openDatabase(databasePath);
    const admin = await authenticate(db, { email: "root@example.org", password });
    expect(admin).not.toBeNull();
    db.$client.close();

    const again = tandem(
      ["create-admin", "--email", "other@example.org", "--name", "Other", "--password-stdin"],
      "x".repeat(12),
    );
    expect(again.status).toBe(1);
    expect(again.out).toContain("An administrator already exists");
  });

  it("refuses bad arguments and a bad environment with a message naming the problem", () => {
    const badEmail = tandem(["create-admin", "--email", "nope", "--name", "X"]);
    expect(badEmail.status).toBe(1);
    expect(badEmail.out).toContain("--email must be a valid e-mail address.");

    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/tandem.ts", "migrate"], {
      env: { ...process.env, DATABASE_PATH: databasePath, TANDEM_SEED: "sometimes" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("TANDEM_SEED");
  });

  it("stops npm start before building or serving when a setting is bad, naming the variable", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, DATABASE_PATH: databasePath, PORT: "eighty", NEXTAUTH_SECRET: "short" },
      encoding: "utf8",
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Tandem cannot start.");
    expect(result.stderr).toMatch(/PORT: .*\n.*NEXTAUTH_SECRET: must be at least 32 characters/);
  });

  it("does not seed a database that already has users", () => {
    const seeded = tandem(["seed"]);
    expect(seeded.status).toBe(0);
    expect(seeded.out).toContain("already has users; nothing was changed");
  });
});
