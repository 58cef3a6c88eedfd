// A file is only safe once its bytes and its directory entry have reached the disk: fsync the file,
// rename it into place, then fsync the folder so the rename itself survives a power cut.
import { closeSync, existsSync, fsyncSync, openSync, readSync, rmSync } from "node:fs";
import path from "node:path";

export function fsyncFile(file: string): void {
  const fd = openSync(file, "r+");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function fsyncDirectory(directory: string): void {
  const fd = openSync(directory, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** A hidden name beside `target`, unique to this process, for a file that is renamed over it when complete. */
export function temporaryNameBeside(target: string, purpose: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${purpose}-${process.pid}-${Date.now()}`);
}

/** Removes an SQLite file and the journal files SQLite may have left beside it. */
export function removeDatabaseFiles(file: string): void {
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
}

const SQLITE_HEADER = "SQLite format 3\u0000";

/** Whether the file starts with SQLite's 16-byte magic header (so it is a database, not some other file). */
export function hasSqliteHeader(file: string): boolean {
  if (!existsSync(file)) return false;
  const fd = openSync(file, "r");
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.toString("latin1") === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}
