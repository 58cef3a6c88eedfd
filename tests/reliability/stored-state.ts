// Reads what the database file holds, with a read-only connection of its own: the tests judge the
// server by the file it leaves, not by what it answers.
import Database from "better-sqlite3";

export type StoredSegment = {
  jobId: number;
  segmentId: number;
  translationId: number;
  text: string;
  status: string;
  version: number;
};

export type HistoryEntry = { translationId: number; version: number; text: string; status: string };

function readOnly<T>(databasePath: string, read: (db: Database.Database) => T): T {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Each job's segment translations, in document order. */
export function storedSegments(databasePath: string, jobIds: readonly number[]): Map<number, StoredSegment[]> {
  return readOnly(databasePath, (db) => {
    const select = db.prepare<[number], StoredSegment>(
      `select t.job_id as jobId, t.segment_id as segmentId, t.id as translationId, t.text, t.status, t.version
         from segment_translations t join segments s on s.id = t.segment_id
        where t.job_id = ? order by s.position`,
    );
    return new Map(jobIds.map((jobId) => [jobId, select.all(jobId)]));
  });
}

/** The history rows of the given translations. */
export function historyOf(databasePath: string, translationIds: readonly number[]): HistoryEntry[] {
  return readOnly(databasePath, (db) => {
    const select = db.prepare<[number], HistoryEntry>(
      `select translation_id as translationId, version, text, status
         from segment_translation_history where translation_id = ?`,
    );
    return translationIds.flatMap((id) => select.all(id));
  });
}

/** SQLite's own check of the file's structure: "ok" or the problems it found. */
export function integrityCheck(databasePath: string): string {
  return readOnly(databasePath, (db) => {
    const rows = db.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  });
}
