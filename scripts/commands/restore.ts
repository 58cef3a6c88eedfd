// `tandem restore <file> --yes`: puts a backup in place of the database. Everything is checked on a
// private copy first (an SQLite file, intact, a migration history this version knows, no running
// server), and the swap is a rename, so a refused or failed restore leaves the current database
// exactly as it was. The replaced database is kept beside it so a mistaken restore can be undone.
import { chmodSync, copyFileSync, existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { checkDatabaseCopy, type CopyReport } from "./check-database-copy";
import { CommandFailure, runCommand } from "./command-failure";
import { databaseAccess, releaseDatabase, type DatabaseAccess } from "./database-in-use";
import { fsyncDirectory, fsyncFile, hasSqliteHeader, removeDatabaseFiles, temporaryNameBeside } from "./durable-file";
import { describeSchemaVersion, type SchemaVersion } from "./schema-version";
import type { CommandResult } from "./segment";

export const RESTORE_USAGE = `Usage: npm run -s tandem -- restore FILE --yes
  Replaces the database at DATABASE_PATH with the backup FILE. Stop Tandem first.
  Without --yes it only checks FILE and says what would happen.`;

export function restoreCommand(args: string[], databasePath: string, now: Date = new Date()): Promise<CommandResult> {
  return runCommand((out) => {
    const { backup, yes } = parseRestoreArgs(args);
    const database = path.resolve(databasePath);
    checkBackupFile(backup, database);

    mkdirSync(path.dirname(database), { recursive: true });
    // The copy lives in the database's folder so the final rename stays on one file system.
    const staged = temporaryNameBeside(database, "restore");
    try {
      copyFileSync(backup, staged);
      const report = checkCopy(staged, backup);
      checkSchema(report.schema, backup);
      const exists = existsSync(database);
      // The restored file keeps the permissions of the one it replaces (the server's umask made those).
      if (exists) chmodSync(staged, statSync(database).mode & 0o777);
      fsyncFile(staged);

      if (exists) refuseWhenInUse(databaseAccess(database), database);
      const kept = `${database}.before-restore-${timestamp(now)}`;
      if (!yes) {
        out.push(`${backup} is a valid backup (${describeSchemaVersion(report.schema)}).`);
        out.push(
          `Restoring it would replace ${database}${exists ? ` (kept as ${kept})` : ""}, discarding every change made since the backup.`,
        );
        throw new CommandFailure("Nothing was changed. Run again with --yes to restore.");
      }

      if (exists) {
        // Alone now: fold the WAL in and drop -wal/-shm, so the new file can never meet the old WAL.
        refuseWhenInUse(releaseDatabase(database), database);
        keepCopy(database, kept);
      } else {
        // A WAL left behind by a deleted database belongs to no file; SQLite would replay it into this one.
        rmSync(`${database}-wal`, { force: true });
        rmSync(`${database}-shm`, { force: true });
      }
      renameSync(staged, database);
      fsyncDirectory(path.dirname(database));

      out.push(`Restored ${database} from ${backup} (${describeSchemaVersion(report.schema)}).`);
      if (exists) out.push(`The replaced database is kept as ${kept}; to undo, stop Tandem and restore that file.`);
      if (report.schema.status === "older") {
        out.push(
          "The backup comes from an older version of Tandem: its missing migrations are applied when Tandem starts (or run `npm run -s tandem -- migrate`).",
        );
      }
      out.push("Start Tandem again to serve the restored data.");
    } finally {
      removeDatabaseFiles(staged);
    }
  });
}

function parseRestoreArgs(args: string[]): { backup: string; yes: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { yes: { type: "boolean" } } });
  } catch (error) {
    throw new CommandFailure(`${(error as Error).message}\n${RESTORE_USAGE}`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) throw new CommandFailure(RESTORE_USAGE);
  return { backup: path.resolve(file), yes: parsed.values.yes ?? false };
}

function checkBackupFile(backup: string, database: string): void {
  if (!existsSync(backup) || !statSync(backup).isFile()) throw new CommandFailure(`There is no file ${backup}.`);
  if (backup === database)
    throw new CommandFailure(`${backup} is the database itself (DATABASE_PATH), not a backup of it.`);
  if (!hasSqliteHeader(backup)) throw new CommandFailure(`${backup} is not an SQLite database; nothing was changed.`);
  const wal = `${backup}-wal`;
  // A plain copy of a live database is only whole with its WAL; the main file alone may miss saves.
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new CommandFailure(
      `${wal} lies beside the backup: part of its data is in that file. Use a file written by \`tandem backup\`; nothing was changed.`,
    );
  }
}

function checkCopy(staged: string, backup: string): CopyReport {
  try {
    return checkDatabaseCopy(staged, backup);
  } catch (error) {
    if (error instanceof CommandFailure) throw new CommandFailure(`${error.message} Nothing was changed.`);
    throw error;
  }
}

function checkSchema(schema: SchemaVersion, backup: string): void {
  if (schema.status === "not_tandem")
    throw new CommandFailure(`${backup} is not a Tandem database (it has no migration history); nothing was changed.`);
  if (schema.status === "newer") {
    throw new CommandFailure(
      `${backup} was made by a newer version of Tandem (${schema.applied} migrations; this version knows ${schema.known}). Upgrade Tandem first, then restore it; nothing was changed.`,
    );
  }
  if (schema.status === "foreign") {
    throw new CommandFailure(
      `${backup} has a migration history this version of Tandem did not write (${describeSchemaVersion(schema)}); nothing was changed.`,
    );
  }
}

function refuseWhenInUse(access: DatabaseAccess, database: string): void {
  if (access === "in_use") {
    throw new CommandFailure(
      `${database} is in use: Tandem seems to be running. Stop Tandem first, then restore; nothing was changed.`,
    );
  }
}

/** Keeps the replaced database under `kept`: a hard link costs nothing; a copy where links are not possible. */
function keepCopy(database: string, kept: string): void {
  try {
    linkSync(database, kept);
  } catch {
    copyFileSync(database, kept);
    fsyncFile(kept);
  }
}

/** 2026-05-01T10:20:30Z -> 20260501T102030Z: sortable, and valid in a file name everywhere. */
function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d{3}/, "")
    .replace(/[-:]/g, "");
}
