// Opens the SQLite database with the settings that keep saved work safe, and brings its schema up
// to date before anyone uses it: "upgrade" is just starting the new version.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { env } from "../lib/env";
import * as schema from "./schema/index";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

/** Milliseconds a writer waits for another writer's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(file: string, options: { migrate?: boolean } = {}): Db {
  if (file !== ":memory:") mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  // WAL lets readers work while one writer writes; FULL syncs the WAL on every commit, so a
  // save that was acknowledged survives a power cut or kill -9.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma("foreign_keys = ON");
  const db = drizzle({ client: sqlite, schema });
  if (options.migrate ?? true) migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db;
}

// One connection per process. Kept on globalThis so `next dev` module reloads do not open more.
const globalForDb = globalThis as typeof globalThis & { tandemDb?: { file: string; db: Db } };

/** The process's database (DATABASE_PATH, default data/tandem.db), opened and migrated on first use. */
export function getDb(file: string = env().DATABASE_PATH): Db {
  const current = globalForDb.tandemDb;
  if (current && current.file === file) return current.db;
  const db = openDatabase(file);
  globalForDb.tandemDb = { file, db };
  return db;
}

/** A transaction handle; use-cases write through it so every change of one action commits together. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * Runs `work` in one IMMEDIATE transaction: the write lock is taken at BEGIN, so two writers queue
 * on busy_timeout instead of failing halfway with SQLITE_BUSY when a read turns into a write.
 */
export function writeTransaction<T>(db: Db, work: (tx: Tx) => T): T {
  return db.transaction(work, { behavior: "immediate" });
}
