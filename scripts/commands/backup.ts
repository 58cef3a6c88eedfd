// `tandem backup <file> [--force]`: a consistent copy of the live database, taken with SQLite's online
// backup while the server keeps serving and writing. The copy is written under a temporary name
// beside the destination and renamed only once it passed the integrity check, so the given name
// never holds half a backup.
import { accessSync, constants, existsSync, renameSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase, type Db } from "../../db/client";
import { checkDatabaseCopy } from "./check-database-copy";
import { CommandFailure, runCommand } from "./command-failure";
import { fsyncDirectory, fsyncFile, hasSqliteHeader, removeDatabaseFiles, temporaryNameBeside } from "./durable-file";
import { formatSize } from "./format-size";
import { describeSchemaVersion } from "./schema-version";
import type { CommandResult } from "./segment";

export const BACKUP_USAGE = `Usage: npm run -s tandem -- backup FILE [--force]
  Copies the database at DATABASE_PATH to FILE while Tandem keeps running.
  --force  replace FILE when it already exists.`;

export function backupCommand(args: string[], databasePath: string): Promise<CommandResult> {
  return runCommand(async (out) => {
    const { destination, force } = parseBackupArgs(args);
    const source = path.resolve(databasePath);
    if (!existsSync(source))
      throw new CommandFailure(`There is no database at ${source} (DATABASE_PATH); nothing to back up.`);
    if (!hasSqliteHeader(source)) throw new CommandFailure(`${source} (DATABASE_PATH) is not an SQLite database.`);
    if (destination === source)
      throw new CommandFailure("The backup must go to another file than the database itself.");
    checkDestination(destination, force);

    const started = performance.now();
    const temporary = temporaryNameBeside(destination, "partial");
    try {
      await copyLive(source, temporary);
      const report = checkDatabaseCopy(temporary, `The copy of ${source}`);
      fsyncFile(temporary);
      renameSync(temporary, destination);
      fsyncDirectory(path.dirname(destination));
      const elapsed = performance.now() - started;

      out.push(`Backed up ${source} to ${destination}.`);
      out.push(
        `  size:   ${formatSize(statSync(destination).size)}, ${report.pages} pages of ${report.pageSize} bytes`,
      );
      out.push(`  schema: ${describeSchemaVersion(report.schema)}`);
      out.push(`  time:   ${Math.round(elapsed)} ms`);
      const secret = path.join(path.dirname(source), "auth-secret");
      if (existsSync(secret)) {
        out.push(
          `Keep a copy of ${secret} with it: without that key every session ends and the demo passwords change.`,
        );
      }
    } finally {
      removeDatabaseFiles(temporary);
    }
  });
}

function parseBackupArgs(args: string[]): { destination: string; force: boolean } {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { force: { type: "boolean" } } });
  } catch (error) {
    throw new CommandFailure(`${(error as Error).message}\n${BACKUP_USAGE}`);
  }
  const [file, ...rest] = parsed.positionals;
  if (!file || rest.length > 0) throw new CommandFailure(BACKUP_USAGE);
  return { destination: path.resolve(file), force: parsed.values.force ?? false };
}

function checkDestination(destination: string, force: boolean): void {
  if (existsSync(destination)) {
    if (!force) throw new CommandFailure(`${destination} already exists; add --force to replace it.`);
    if (!statSync(destination).isFile()) throw new CommandFailure(`${destination} exists and is not a file.`);
  }
  const folder = path.dirname(destination);
  if (!existsSync(folder)) throw new CommandFailure(`The folder ${folder} does not exist.`);
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new CommandFailure(`Cannot write to the folder ${folder}.`);
  }
}

/** The largest step better-sqlite3 passes on to sqlite3_backup_step. */
const ALL_REMAINING_PAGES = 0x7fffffff;

async function copyLive(source: string, temporary: string): Promise<void> {
  let db: Db;
  try {
    // No migration: a backup copies the database as it is and changes nothing in it.
    db = openDatabase(source, { migrate: false });
  } catch (error) {
    throw new CommandFailure(`Cannot open ${source}: ${(error as Error).message}`);
  }
  try {
    await db.$client.backup(temporary, {
      // SQLite restarts a backup whenever another connection writes between two steps, so a busy
      // server keeps restarting a step-by-step backup (measured: 16 steps instead of 8 for 777 pages
      // while another process inserted in a loop). Copying every remaining page in the next step
      // reads one snapshot under a single read transaction, which in WAL mode does not block the
      // server's writers.
      progress: () => ALL_REMAINING_PAGES,
    });
  } catch (error) {
    throw new CommandFailure(`The backup failed: ${(error as Error).message}`);
  } finally {
    db.$client.close();
  }
}
