// Which migrations a database file has, compared with the ones this version of Tandem ships. drizzle
// records each applied migration in `__drizzle_migrations` as (hash of its SQL, journal timestamp);
// its migrator only looks at the newest timestamp, so a file from a newer Tandem would open here with
// a schema this code does not know. Backup reports the version; restore refuses what it cannot run.
import { readFileSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { MIGRATIONS_FOLDER } from "../../db/client";

export type KnownMigration = { tag: string; hash: string; createdAt: number };

export type SchemaVersion =
  /** Not a Tandem database: no migrations table. */
  | { status: "not_tandem" }
  /** Its history differs from this version's at `position` (0-based): an edited or foreign migration. */
  | { status: "foreign"; applied: number; position: number }
  /** Made by a newer Tandem: records migrations after this version's newest. */
  | { status: "newer"; applied: number; known: number }
  | { status: "current" | "older"; applied: number; newestTag: string | null; pending: string[] };

/** The migrations in db/migrations, in the journal's order, with the hash drizzle records for each. */
export function knownMigrations(folder: string = MIGRATIONS_FOLDER): KnownMigration[] {
  const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string; when: number }[];
  };
  const files = readMigrationFiles({ migrationsFolder: folder });
  return journal.entries.map((entry, index) => ({
    tag: entry.tag,
    hash: files[index]!.hash,
    createdAt: entry.when,
  }));
}

export function readSchemaVersion(
  sqlite: Database.Database,
  known: KnownMigration[] = knownMigrations(),
): SchemaVersion {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__drizzle_migrations'")
    .get();
  if (!table) return { status: "not_tandem" };
  const applied = sqlite
    .prepare("SELECT hash, CAST(created_at AS INTEGER) AS createdAt FROM __drizzle_migrations ORDER BY id")
    .all() as { hash: string; createdAt: number }[];

  const newestKnown = known.at(-1)?.createdAt ?? 0;
  for (const [position, record] of applied.entries()) {
    const expected = known[position];
    if (expected && expected.hash === record.hash && expected.createdAt === record.createdAt) continue;
    // Past this version's newest migration: written by a later release, not a corrupted history.
    if (record.createdAt > newestKnown) return { status: "newer", applied: applied.length, known: known.length };
    return { status: "foreign", applied: applied.length, position };
  }
  return {
    status: applied.length === known.length ? "current" : "older",
    applied: applied.length,
    newestTag: applied.length === 0 ? null : known[applied.length - 1]!.tag,
    pending: known.slice(applied.length).map((migration) => migration.tag),
  };
}

/** One line for the operator, e.g. "8 migrations, newest 0007_security_settings (up to date)". */
export function describeSchemaVersion(version: SchemaVersion): string {
  switch (version.status) {
    case "not_tandem":
      return "no Tandem migrations table";
    case "foreign":
      return `${version.applied} migrations, of which number ${version.position + 1} is not one this version of Tandem shipped`;
    case "newer":
      return `${version.applied} migrations, newer than this version of Tandem (which knows ${version.known})`;
    case "current":
      return `${version.applied} migrations, newest ${version.newestTag ?? "none"} (up to date)`;
    case "older":
      return `${version.applied} migrations, newest ${version.newestTag ?? "none"} (${version.pending.length} to apply: ${version.pending.join(", ")})`;
  }
}
