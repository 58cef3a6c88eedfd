// The checks a database copy must pass before it is put anywhere that matters: SQLite's own
// integrity check, and which migrations it has. Both backup (on what it wrote) and restore (on what it
// is about to install) run them on their private temporary copy, never on the original.
import Database from "better-sqlite3";
import { CommandFailure } from "./command-failure";
import { hasSqliteHeader } from "./durable-file";
import { readSchemaVersion, type SchemaVersion } from "./schema-version";

export type CopyReport = { pages: number; pageSize: number; schema: SchemaVersion };

/**
 * Checks the copy at `file` and leaves it as one self-contained file in rollback-journal mode (no
 * `-wal` beside it to lose); Tandem switches it back to WAL when it opens it. `label` names the
 * file the operator gave, for the messages.
 */
export function checkDatabaseCopy(file: string, label: string): CopyReport {
  if (!hasSqliteHeader(file)) throw new CommandFailure(`${label} is not an SQLite database.`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { fileMustExist: true });
  } catch (error) {
    throw new CommandFailure(`${label} cannot be opened as a database: ${(error as Error).message}`);
  }
  try {
    const problems = integrityProblems(sqlite);
    if (problems.length > 0) {
      throw new CommandFailure(`${label} is damaged (integrity check: ${problems.slice(0, 3).join("; ")}).`);
    }
    const schema = readSchemaVersion(sqlite);
    sqlite.pragma("journal_mode = DELETE");
    return {
      pages: sqlite.pragma("page_count", { simple: true }) as number,
      pageSize: sqlite.pragma("page_size", { simple: true }) as number,
      schema,
    };
  } catch (error) {
    if (error instanceof CommandFailure) throw error;
    throw new CommandFailure(`${label} is damaged: ${(error as Error).message}`);
  } finally {
    sqlite.close();
  }
}

function integrityProblems(sqlite: Database.Database): string[] {
  const rows = sqlite.pragma("integrity_check") as { integrity_check: string }[];
  const messages = rows.map((row) => row.integrity_check);
  return messages.length === 1 && messages[0] === "ok" ? [] : messages;
}
