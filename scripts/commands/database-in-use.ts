// Whether a running Tandem has the database open. Every open connection in WAL mode that has read the
// file holds a shared lock on it for as long as it stays open, idle or not (the server reads it at
// start-up to set WAL mode and migrate). A connection in EXCLUSIVE locking mode asking for an
// EXCLUSIVE transaction with no busy timeout therefore fails with SQLITE_BUSY at once while any other
// process has the file open, and succeeds only when it is alone: then it can fold the WAL back into
// the file and close, leaving one self-contained file that can be replaced.
import { existsSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { CommandFailure } from "./command-failure";

export type DatabaseAccess = "in_use" | "free" | "not_a_database";

/** Opens `file` alone, runs `work` while holding the exclusive lock, and closes it. */
function withExclusiveLock(file: string, work: (sqlite: Database.Database) => void): DatabaseAccess {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 0");
    sqlite.pragma("locking_mode = EXCLUSIVE");
    sqlite.exec("BEGIN EXCLUSIVE");
    // In EXCLUSIVE locking mode the lock outlives the transaction: nobody else can open it until close.
    sqlite.exec("COMMIT");
    work(sqlite);
    return "free";
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") return "in_use";
    if (code === "SQLITE_NOTADB") return "not_a_database";
    throw error;
  } finally {
    sqlite.close();
  }
}

/** Whether another process has the database open. Closing the probe may fold a leftover WAL into the file, as any open does. */
export function databaseAccess(file: string): DatabaseAccess {
  return withExclusiveLock(file, () => {});
}

/**
 * Takes the database from nobody: checkpoints its WAL into the file, closes it, then removes the
 * `-wal` and `-shm` files a crashed or killed server may have left (only now that their content is in
 * the file), so renaming another file over it cannot pair the new file with the old WAL.
 */
export function releaseDatabase(file: string): DatabaseAccess {
  const access = withExclusiveLock(file, (sqlite) => {
    const [result] = sqlite.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    if (result && result.busy !== 0) throw new CommandFailure(`Could not checkpoint ${file}; nothing was changed.`);
  });
  if (access !== "free") return access;
  const wal = `${file}-wal`;
  if (existsSync(wal) && statSync(wal).size > 0) {
    throw new CommandFailure(`${wal} still holds changes after the checkpoint; nothing was changed.`);
  }
  rmSync(wal, { force: true });
  rmSync(`${file}-shm`, { force: true });
  return access;
}
