import type { Db } from "@/db/client";

/**
 * Graceful shutdown, the database's part. On SIGTERM or SIGINT, `next start` stops accepting
 * connections, lets the requests in flight (saves included) finish, and then exits; this runs at
 * that exit: it folds the WAL back into the database file and closes it, so a stopped Tandem is
 * one self-contained file that a plain copy backs up. better-sqlite3 is synchronous, which is what
 * an exit handler needs. A kill -9 skips this and loses nothing: the WAL is replayed on next open.
 */
export function closeDatabaseOnExit(db: Db): void {
  process.once("exit", () => {
    try {
      db.$client.pragma("wal_checkpoint(TRUNCATE)");
      db.$client.close();
      console.log("Tandem: stopped; the database is checkpointed and closed.");
    } catch (error) {
      console.error("Tandem: could not checkpoint the database on exit; it will recover on next start.", error);
    }
  });
}
