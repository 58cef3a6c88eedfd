// `tandem import-tmx [--user EMAIL] < file` and `tandem export-tmx --pair en-es > file`: the
// translation memory in and out as TMX, streamed both ways, so a file of any size passes through
// in bounded memory. The import prints its progress to standard error every second and its report
// at the end; the export writes the document to standard output and its size to standard error.
import type { Readable, Writable } from "node:stream";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { users } from "../../db/schema";
import { loadActor, type Actor } from "../../lib/auth/actor";
import { NotFoundError, ValidationError } from "../../lib/errors";
import { TmxImportError } from "../../lib/formats/tmx/errors";
import { exportTmx } from "../../lib/formats/tmx/export-tmx";
import { TMX_SKIP_REASONS, type TmxImportProgress, type TmxImportReport } from "../../lib/formats/tmx/import-report";
import { importTmx } from "../../lib/formats/tmx/import-tmx";
import { TMX_SEGMENT_MAX_CHARS, TMX_VARIANTS_MAX } from "../../lib/formats/tmx/limits";
import { COMMAND_LINE, type TmxOperator } from "../../lib/formats/tmx/permission";
import { getT, translateMessage } from "../../lib/i18n/server";
import { CONTENT_LANGUAGES } from "../../lib/languages";
import { formatSize } from "./format-size";

export const IMPORT_TMX_USAGE = `Usage: npm run -s tandem -- import-tmx [--user EMAIL] [--name NAME] < file.tmx
  Adds the TMX file's translation units to the translation memory; units it already holds are
  skipped.
  --user  the editor or administrator recorded as the importer (default: the command line).
  --name  where the units come from, shown with each match (default: the file's creation tool).`;

export const EXPORT_TMX_USAGE = `Usage: npm run -s tandem -- export-tmx --pair SOURCE-TARGET > file.tmx
  Writes one language pair of the translation memory as TMX 1.4b, e.g. --pair en-es.`;

export type TmxCommandIo = { db?: Db; stdout?: Writable; stderr?: Writable };

const PROGRESS_EVERY_MS = 1000;
const english = () => getT("en");
const count = (value: number) => new Intl.NumberFormat("en").format(value);

/** The enabled user with this e-mail address (stored in lower case), or null. */
function findImporter(db: Db, email: string): Actor | null {
  const user = db.select({ id: users.id }).from(users).where(eq(users.email, email.trim().toLowerCase())).get();
  return user ? loadActor(db, user.id) : null;
}

function progressLine(progress: TmxImportProgress): string {
  return `Read ${formatSize(progress.bytes)}: ${count(progress.unitsRead)} translation units, ${count(progress.added)} units added, ${count(progress.duplicates)} already in the memory.\n`;
}

function reportLines(report: TmxImportReport): string[] {
  const t = english();
  const skipped = TMX_SKIP_REASONS.filter((reason) => report.skipped[reason] > 0);
  return [
    `  file size:               ${formatSize(report.bytes)}`,
    `  source language:         ${report.sourceLanguage ?? "-"}`,
    `  translation units read:  ${count(report.unitsRead)}`,
    `  units added:             ${count(report.added)}`,
    `  already in the memory:   ${count(report.duplicates)}`,
    ...(skipped.length === 0 ? ["  skipped:                 none"] : ["  skipped:"]),
    ...skipped.map(
      (reason) =>
        `    ${t(`tmx:import.skipped.${reason}`, { characters: count(TMX_SEGMENT_MAX_CHARS), languages: count(TMX_VARIANTS_MAX) })}: ${count(report.skipped[reason])}`,
    ),
    ...report.pairs.map(
      (pair) =>
        `  ${pair.sourceLanguage}-${pair.targetLanguage}: ${count(pair.added)} added, ${count(pair.duplicates)} already there`,
    ),
    ...(report.unknownLanguages.length > 0
      ? [`  languages Tandem does not translate: ${report.unknownLanguages.join(", ")}`]
      : []),
  ];
}

/** `import-tmx`: reads the TMX file on `stdin`; returns the exit code (0 imported, 1 refused). */
export async function importTmxCommand(args: string[], stdin: Readable, io: TmxCommandIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  let user: string | undefined;
  let name: string | undefined;
  try {
    ({
      values: { user, name },
    } = parseArgs({ args, options: { user: { type: "string" }, name: { type: "string" } } }));
  } catch (error) {
    stderr.write(`${(error as Error).message}\n${IMPORT_TMX_USAGE}\n`);
    return 1;
  }
  // Without `< file` the command would wait for typing; say what it expects instead.
  if ((stdin as { isTTY?: boolean }).isTTY) {
    stderr.write(`${IMPORT_TMX_USAGE}\n`);
    return 1;
  }
  const db = io.db ?? getDb();
  let importer: TmxOperator = COMMAND_LINE;
  if (user !== undefined) {
    const found = findImporter(db, user);
    if (!found) {
      stderr.write(`No enabled user has the e-mail address ${user}.\n`);
      return 1;
    }
    importer = found;
  }

  let latest: TmxImportProgress | null = null;
  let shown: TmxImportProgress | null = null;
  const timer = setInterval(() => {
    if (latest && latest !== shown) stderr.write(progressLine(latest));
    shown = latest;
  }, PROGRESS_EVERY_MS);
  const started = performance.now();
  try {
    const report = await importTmx(
      db,
      importer,
      { chunks: stdin, fileName: name },
      { onProgress: (progress) => (latest = progress) },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    stdout.write([`Imported the TMX file in ${seconds} s.`, ...reportLines(report), ""].join("\n"));
    return 0;
  } catch (error) {
    if (error instanceof TmxImportError) {
      stderr.write(`The file was refused: ${translateMessage(english(), error.reason)}\n`);
      stderr.write(
        `Every translation unit before the problem was imported (${count(error.report.added)} units added); nothing after it was. Import the corrected file: units already in the memory are skipped.\n`,
      );
      stdout.write([...reportLines(error.report), ""].join("\n"));
      return 1;
    }
    if (error instanceof NotFoundError) {
      stderr.write(`${user} may not import into the translation memory: only editors and administrators may.\n`);
      return 1;
    }
    throw error;
  } finally {
    clearInterval(timer);
  }
}

/** Waits until `stream` takes more, so a large export never piles up in memory. */
function written(stream: Writable, text: string): Promise<void> | undefined {
  if (stream.write(text)) return undefined;
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off("error", onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off("drain", onDrain);
      reject(error);
    };
    stream.once("drain", onDrain);
    stream.once("error", onError);
  });
}

/** `export-tmx`: writes the pair's TMX to stdout; returns the exit code. */
export async function exportTmxCommand(args: string[], io: TmxCommandIo = {}): Promise<number> {
  const stdout = io.stdout ?? process.stdout;
  const stderr = io.stderr ?? process.stderr;
  let pair: string | undefined;
  try {
    ({
      values: { pair },
    } = parseArgs({ args, options: { pair: { type: "string" } } }));
  } catch (error) {
    stderr.write(`${(error as Error).message}\n${EXPORT_TMX_USAGE}\n`);
    return 1;
  }
  if (!pair) {
    stderr.write(`${EXPORT_TMX_USAGE}\n`);
    return 1;
  }
  let document;
  try {
    document = exportTmx(io.db ?? getDb(), COMMAND_LINE, pair);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    stderr.write(
      `--pair must name two different languages Tandem translates, source first, such as en-es. Languages: ${CONTENT_LANGUAGES.join(", ")}.\n`,
    );
    return 1;
  }
  let buffered = "";
  for (const chunk of document.chunks) {
    buffered += chunk;
    if (buffered.length >= 64 * 1024) {
      await written(stdout, buffered);
      buffered = "";
    }
  }
  await written(stdout, buffered);
  stderr.write(
    `Exported ${count(document.units)} units (${document.sourceLanguage} to ${document.targetLanguage}) as TMX 1.4b.\n`,
  );
  return 0;
}
