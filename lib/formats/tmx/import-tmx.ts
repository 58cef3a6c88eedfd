// Imports a TMX file into the translation memory as it is read (the README's TMX section says how
// to use it). Units are written in batches of TMX_IMPORT_BATCH, each in its own transaction
// through the memory's addUnits (word index, term counts), so a large file never holds the write
// lock for long: segment saves wait at most one batch.
// A file that turns out malformed part-way is refused at that point, and what it leaves is simple
// to state: every complete <tu> before the problem is in the memory, nothing after it. Importing
// the corrected file again adds only the rest, since units the memory holds count as duplicates.
import { writeTransaction, type Db, type Tx } from "@/db/client";
import { recordAuditEvent } from "../../audit/record-event";
import { addUnits } from "../../memory/store-units";
import { message } from "../../validation/message";
import { parseInput } from "../../validation/parse-input";
import { importTmxSchema, TMX_IMPORT_BATCH } from "../../validation/tmx-schemas";
import { TmxFileError, TmxImportError } from "./errors";
import { ImportReportBuilder, type TmxImportProgress, type TmxImportReport } from "./import-report";
import { splitKnownUnits } from "./known-units";
import { assertMayManageMemory, COMMAND_LINE, operatorId, type TmxOperator } from "./permission";
import { readTmx } from "./read-tmx";
import { unitsOfTu, type UnitCandidate } from "./tu-units";

export type ImportTmxOptions = {
  /** Told after every chunk read and every batch written; cheap, so callers throttle what they show. */
  onProgress?: (progress: TmxImportProgress) => void;
  /** Units per transaction (tests make it small to cross batch boundaries). */
  batchSize?: number;
};

/** Lets other requests of this server process run between two batches. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads `chunks` (a Node Readable, a request body: any async iterable of bytes) as TMX and adds its
 * units to the memory: imported units are `tmx_import`, count as reviewed (unless Tandem's own
 * export says otherwise) and are noted with the file's name (or the tool that wrote it).
 * Editors and administrators only (404 for others), or the command line. Throws TmxImportError,
 * with the report of what was imported before the problem, when the file is refused.
 */
export async function importTmx(
  db: Db,
  operator: TmxOperator,
  rawInput: unknown,
  options: ImportTmxOptions = {},
): Promise<TmxImportReport> {
  const input = parseInput(importTmxSchema, rawInput);
  assertMayManageMemory(operator);
  const batchSize = options.batchSize ?? TMX_IMPORT_BATCH;
  const report = new ImportReportBuilder(input.fileName ?? null);
  let originNote: string | null = input.fileName ?? null;
  let srclang: string | null = null;
  let pending: UnitCandidate[] = [];

  const write = (units: readonly UnitCandidate[], audit?: (tx: Tx) => void) =>
    writeTransaction(db, (tx) => {
      // Checked again in every transaction, like every use-case that writes.
      assertMayManageMemory(operator);
      const { fresh, duplicates } = splitKnownUnits(tx, units);
      addUnits(
        tx,
        fresh.map((unit) => ({ ...unit, origin: "tmx_import" as const, originNote })),
      );
      for (const unit of fresh) report.stored(unit, "added");
      for (const unit of duplicates) report.stored(unit, "duplicates");
      audit?.(tx);
    });
  const auditOf =
    (action: string, extra: Record<string, unknown> = {}) =>
    (tx: Tx) => {
      const { pairs, skipped, unitsRead, added, duplicates, bytes, fileName } = report.result();
      recordAuditEvent(tx, {
        actorId: operatorId(operator),
        action,
        subjectType: "translation_memory",
        data: {
          fileName,
          bytes,
          unitsRead,
          added,
          duplicates,
          skipped,
          pairs,
          ...(operator === COMMAND_LINE ? { via: COMMAND_LINE } : {}),
          ...extra,
        },
      });
    };

  try {
    const items = readTmx(input.chunks, {
      onBytes: (bytes) => {
        report.bytesRead(bytes);
        if (input.maxBytes !== undefined && report.progress().bytes > input.maxBytes) {
          throw new TmxFileError(message("tmx:errors.tooLarge", { megabytes: Math.floor(input.maxBytes / 1_000_000) }));
        }
        options.onProgress?.(report.progress());
      },
    });
    for await (const item of items) {
      if (item.type === "header") {
        srclang = item.header.srclang;
        report.header(srclang);
        originNote ??= item.header.creationtool;
        continue;
      }
      report.unitRead();
      const outcome = unitsOfTu(item.tu, srclang!);
      for (const reason of outcome.skipped) report.skipped(reason);
      for (const tag of outcome.unknownTags) report.unknownLanguage(tag);
      pending.push(...outcome.units);
      if (pending.length >= batchSize) {
        write(pending);
        pending = [];
        options.onProgress?.(report.progress());
        await nextTurn();
      }
    }
  } catch (error) {
    if (!(error instanceof TmxFileError)) throw error;
    // The units read before the problem are whole and valid: they are kept, as the README says.
    write(pending, auditOf("memory.tmx_import_failed", { reason: error.reason.key }));
    throw new TmxImportError(error.reason, report.result());
  }
  write(pending, auditOf("memory.tmx_imported"));
  options.onProgress?.(report.progress());
  return report.result();
}
