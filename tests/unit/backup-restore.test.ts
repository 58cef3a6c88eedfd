import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS_FOLDER, openDatabase } from "@/db/client";
import { users } from "@/db/schema";
import { knownMigrations } from "@/scripts/commands/schema-version";
import { makeUser } from "./support/factories";

const dir = mkdtempSync(path.join(tmpdir(), "tandem-backup-"));
const template = path.join(dir, "template.db");
const known = knownMigrations();
const children: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(children.map(stop));
  rmSync(dir, { recursive: true, force: true });
});

beforeAll(async () => {
  // A migrated database with one user, closed: the "current database" each test starts from.
  const db = openDatabase(template);
  await makeUser(db);
  db.$client.close();
});

function tandem(args: string[], databasePath: string) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/tandem.ts", ...args], {
    env: { ...process.env, DATABASE_PATH: databasePath, NEXTAUTH_SECRET: "s".repeat(32) },
    encoding: "utf8",
  });
  return { status: result.status, out: result.stdout + result.stderr };
}

/** A copy of the template in a folder of its own, as an installation's DATABASE_PATH. */
function currentDatabase(name: string): string {
  mkdirSync(path.join(dir, name));
  const file = path.join(dir, name, "tandem.db");
  copyFileSync(template, file);
  return file;
}

function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function userIds(file: string): number[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    return drizzle({ client: sqlite })
      .select({ id: users.id })
      .from(users)
      .all()
      .map((row) => row.id);
  } finally {
    sqlite.close();
  }
}

/** Another process with the database open, as a running server has it; resolves once it has read it. */
function openElsewhere(file: string, work: "idle" | "write"): Promise<ChildProcess> {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1]);
    db.pragma("journal_mode = WAL");
    db.pragma("busy_timeout = 5000");
    const insert = db.prepare("INSERT INTO rate_limit_events (key, at) VALUES ('writer', ?)");
    process.stdout.write("ready\\n");
    if (process.argv[2] === "write") (function loop() { insert.run(Date.now()); setImmediate(loop); })();
    else setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script, file, work], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.once("data", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`the other process exited with ${code}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill();
  });
}

function count(file: string, where = "1 = 1"): number {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare(`SELECT count(*) AS n FROM rate_limit_events WHERE ${where}`).get() as { n: number }).n;
  } finally {
    sqlite.close();
  }
}

describe("tandem backup", () => {
  it("copies a database that another process keeps writing to, consistently and without a -wal file", async () => {
    const database = currentDatabase("live");
    const seed = new Database(database);
    const insert = seed.prepare("INSERT INTO rate_limit_events (key, at) VALUES ('seed', ?)");
    // Many pages, so a step-by-step copy would be restarted by every write of the other process.
    seed.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) insert.run(i);
    })();
    seed.close();

    const writer = await openElsewhere(database, "write");
    const committedBefore = count(database);
    const backup = path.join(dir, "live-backup.db");
    const result = tandem(["backup", backup], database);
    const committedAfter = count(database);
    await stop(writer);

    expect(result.out).toContain(`Backed up ${database} to ${backup}.`);
    expect(result.out).toMatch(/size: .*bytes\), \d+ pages of 4096 bytes/);
    expect(result.out).toContain(`schema: ${known.length} migrations, newest ${known.at(-1)!.tag} (up to date)`);
    expect(result.out).toMatch(/time: +\d+ ms/);
    expect(result.status).toBe(0);
    expect(committedAfter).toBeGreaterThan(committedBefore);

    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
    expect(count(backup, "key = 'seed'")).toBe(20_000);
    expect(count(backup)).toBeGreaterThanOrEqual(committedBefore);
    expect(existsSync(`${backup}-wal`)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.includes("partial"))).toEqual([]);
  });

  it("refuses to overwrite an existing file without --force, and replaces it with --force", () => {
    const database = currentDatabase("force");
    const existing = path.join(dir, "existing.db");
    writeFileSync(existing, "yesterday's backup");
    const before = sha256(existing);

    const refused = tandem(["backup", existing], database);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain(`${existing} already exists; add --force to replace it.`);
    expect(sha256(existing)).toBe(before);

    const forced = tandem(["backup", existing, "--force"], database);
    expect(forced.status).toBe(0);
    expect(userIds(existing)).toEqual(userIds(database));
  });

  it("fails with a clear message when there is no database or the destination folder is missing", () => {
    const missing = tandem(["backup", path.join(dir, "never.db")], path.join(dir, "absent", "tandem.db"));
    expect(missing.status).toBe(1);
    expect(missing.out).toContain("There is no database at");
    expect(existsSync(path.join(dir, "absent"))).toBe(false);

    const database = currentDatabase("nowhere");
    const nowhere = tandem(["backup", path.join(dir, "no-such-folder", "b.db")], database);
    expect(nowhere.status).toBe(1);
    expect(nowhere.out).toContain("does not exist");
  });
});

describe("tandem restore", () => {
  it("brings back the backed-up data, keeps the replaced database, and the server opens the result", async () => {
    const database = currentDatabase("round-trip");
    const backup = path.join(dir, "round-trip-backup.db");
    expect(tandem(["backup", backup], database).status).toBe(0);
    const backedUp = userIds(database);

    const db = openDatabase(database);
    const later = await makeUser(db);
    db.$client.close();
    const replacedHash = sha256(database);

    const result = tandem(["restore", backup, "--yes"], database);
    expect(result.out).toContain(`Restored ${database} from ${backup}`);
    expect(result.status).toBe(0);
    const kept = /kept as (\S+);/.exec(result.out)?.[1];
    expect(kept).toMatch(/tandem\.db\.before-restore-\d{8}T\d{6}Z$/);
    expect(sha256(kept!)).toBe(replacedHash);
    expect(userIds(kept!)).toContain(later.id);

    const restored = openDatabase(database);
    const ids = restored
      .select({ id: users.id })
      .from(users)
      .all()
      .map((row) => row.id);
    restored.$client.close();
    expect(ids).toEqual(backedUp);
    expect(ids).not.toContain(later.id);
  });

  it("accepts a backup from an older version and says the server will migrate it", () => {
    const older = path.join(dir, "older");
    mkdirSync(path.join(older, "meta"), { recursive: true });
    const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, "meta", "_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    };
    journal.entries = journal.entries.slice(0, -1);
    writeFileSync(path.join(older, "meta", "_journal.json"), JSON.stringify(journal));
    for (const { tag } of journal.entries)
      copyFileSync(path.join(MIGRATIONS_FOLDER, `${tag}.sql`), path.join(older, `${tag}.sql`));
    const backup = path.join(dir, "older-backup.db");
    const sqlite = new Database(backup);
    migrate(drizzle({ client: sqlite }), { migrationsFolder: older });
    sqlite.close();

    const database = currentDatabase("older-target");
    const result = tandem(["restore", backup, "--yes"], database);
    expect(result.status).toBe(0);
    expect(result.out).toContain(`(1 to apply: ${known.at(-1)!.tag})`);
    expect(result.out).toContain("applied when Tandem starts");

    const migrated = openDatabase(database);
    const applied = migrated.$client.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number };
    migrated.$client.close();
    expect(applied.n).toBe(known.length);
  });

  describe("refuses, leaving the current database byte-identical,", () => {
    function expectRefused(name: string, backup: string, args: string[], message: string) {
      const database = currentDatabase(name);
      const before = sha256(database);
      const result = tandem(["restore", backup, ...args], database);
      expect(result.out).toContain(message);
      expect(result.status).toBe(1);
      expect(sha256(database)).toBe(before);
      expect(readdirSync(path.dirname(database))).toEqual(["tandem.db"]);
    }

    it("a damaged backup: garbage over its pages, or cut short", () => {
      const garbled = path.join(dir, "garbled.db");
      copyFileSync(template, garbled);
      const bytes = readFileSync(garbled);
      bytes.fill(0xa5, 4096, bytes.length - 4096);
      writeFileSync(garbled, bytes);
      expectRefused("garbled", garbled, ["--yes"], "is damaged");

      const truncated = path.join(dir, "truncated.db");
      writeFileSync(truncated, readFileSync(template).subarray(0, 3 * 4096));
      expectRefused("truncated", truncated, ["--yes"], "is damaged");
    });

    it("a file that is not an SQLite database", () => {
      const text = path.join(dir, "notes.txt");
      writeFileSync(text, "not a database\n".repeat(500));
      expectRefused("not-sqlite", text, ["--yes"], "is not an SQLite database");
    });

    it("a backup made by a newer version of Tandem", () => {
      const newer = path.join(dir, "newer.db");
      copyFileSync(template, newer);
      const sqlite = new Database(newer);
      sqlite
        .prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES (?, ?)")
        .run("f".repeat(64), known.at(-1)!.createdAt + 1000);
      sqlite.close();
      expectRefused("newer", newer, ["--yes"], "was made by a newer version of Tandem");
      expectRefused("newer-again", newer, ["--yes"], "Upgrade Tandem first");
    });

    it("while another process has the database open", async () => {
      const database = currentDatabase("in-use");
      const server = await openElsewhere(database, "idle");
      const before = sha256(database);
      const result = tandem(["restore", template, "--yes"], database);
      await stop(server);
      expect(result.out).toContain("Stop Tandem first");
      expect(result.status).toBe(1);
      expect(sha256(database)).toBe(before);
      expect(readdirSync(path.dirname(database)).filter((name) => name.includes("restore"))).toEqual([]);
    });

    it("without --yes, after saying what it would do", () => {
      expectRefused("no-yes", template, [], "Run again with --yes to restore.");
      expectRefused("no-yes-plan", template, [], "discarding every change made since the backup");
    });
  });
});
