// `tandem export-xliff --job ID [--version 2.0|1.2]` and `tandem import-xliff --job ID --user EMAIL`:
// a job's XLIFF file on standard output, and back from standard input, without the web server.
// The import acts as the given user, with exactly their rights in the app: it is the assignee's
// upload, done from a shell.
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "../../db/client";
import { users } from "../../db/schema";
import { loadActor, type Actor } from "../../lib/auth/actor";
import { ForbiddenError, NotFoundError, ValidationError } from "../../lib/errors";
import { decodeXliff } from "../../lib/formats/xliff/decode-xliff";
import { exportJobXliff } from "../../lib/formats/xliff/export-job-xliff";
import { importJobXliff, type ImportReport } from "../../lib/formats/xliff/import-job-xliff";
import { XliffRefusedError } from "../../lib/formats/xliff/refusal";
import { getT, translateFields, translateMessage } from "../../lib/i18n/server";
import { emailSchema } from "../../lib/validation/account-schemas";
import { XLIFF_VERSIONS, type XliffVersion } from "../../lib/validation/xliff-schemas";
import type { CommandResult } from "./segment";

export const EXPORT_XLIFF_USAGE = `Usage: npm run -s tandem -- export-xliff --job ID [--version 2.0|1.2] > file.xlf
  Prints the job's XLIFF file (2.0 by default; 1.2 for older CAT tools).`;

export const IMPORT_XLIFF_USAGE = `Usage: npm run -s tandem -- import-xliff --job ID --user EMAIL < file.xlf
  Imports a translated XLIFF file as EMAIL, the job's translator. Exits with 0 when every unit was
  applied or unchanged, 1 when the file or any unit was refused.`;

/**
 * Whoever runs the shell owns the server and its database, so an export from it reads any job, as
 * an administrator does in the app. An export changes nothing and records nothing.
 */
const OPERATOR: Actor = {
  id: 0,
  email: "",
  displayName: "",
  role: "admin",
  translateLanguages: [],
  reviewLanguages: [],
};

// Operators read English, like every other message of the tandem command.
const t = getT("en");

const jobIdOf = (value: string | undefined) => (value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : null);

export function exportXliffCommand(args: string[], db: Db = getDb()): CommandResult {
  let values: { job?: string; version?: string };
  try {
    ({ values } = parseArgs({ args, options: { job: { type: "string" }, version: { type: "string" } } }));
  } catch (error) {
    return failure(`${(error as Error).message}\n${EXPORT_XLIFF_USAGE}`);
  }
  const jobId = jobIdOf(values.job);
  if (jobId === null) return failure(`--job must be a job number.\n${EXPORT_XLIFF_USAGE}`);
  const version = values.version ?? "2.0";
  if (!(XLIFF_VERSIONS as readonly string[]).includes(version)) {
    return failure(`--version must be 2.0 or 1.2.\n${EXPORT_XLIFF_USAGE}`);
  }
  try {
    return {
      stdout: exportJobXliff(db, OPERATOR, { jobId, version: version as XliffVersion }),
      stderr: "",
      exitCode: 0,
    };
  } catch (error) {
    if (error instanceof NotFoundError) return failure(`There is no job ${jobId}.`);
    throw error;
  }
}

export function importXliffCommand(args: string[], stdin: Uint8Array, db: Db = getDb()): CommandResult {
  let values: { job?: string; user?: string };
  try {
    ({ values } = parseArgs({ args, options: { job: { type: "string" }, user: { type: "string" } } }));
  } catch (error) {
    return failure(`${(error as Error).message}\n${IMPORT_XLIFF_USAGE}`);
  }
  const jobId = jobIdOf(values.job);
  if (jobId === null) return failure(`--job must be a job number.\n${IMPORT_XLIFF_USAGE}`);
  const email = emailSchema.safeParse(values.user ?? "");
  if (!email.success)
    return failure(`--user must be the e-mail address of the job's translator.\n${IMPORT_XLIFF_USAGE}`);
  const user = db.select({ id: users.id }).from(users).where(eq(users.email, email.data)).get();
  const actor = user ? loadActor(db, user.id) : null;
  if (!actor) return failure(`There is no active user ${email.data}.`);

  try {
    const xml = decodeXliff(stdin);
    if (xml.trim() === "") return failure(`The input is empty.\n${IMPORT_XLIFF_USAGE}`);
    const report = importJobXliff(db, actor, { jobId, xml });
    return { stdout: describeReport(report), stderr: "", exitCode: report.refused === 0 ? 0 : 1 };
  } catch (error) {
    if (error instanceof XliffRefusedError) {
      const problems = error.problems.map((problem) => `  ${translateMessage(t, problem)}`).join("\n");
      return failure(`${t("xliff:upload.refusedTitle")}\n${problems}`);
    }
    if (error instanceof NotFoundError) return failure(`There is no job ${jobId} that ${email.data} may see.`);
    if (error instanceof ForbiddenError) return failure(translateMessage(t, error.reason));
    if (error instanceof ValidationError) return failure(Object.values(translateFields(t, error.fields)).join("\n"));
    throw error;
  }
}

/** The summary line, then one line per unit applied or refused (unchanged ones are only counted). */
function describeReport(report: ImportReport): string {
  const lines = [
    t("xliff:report.summary", {
      applied: report.applied,
      unchanged: report.unchanged,
      refused: report.refused,
    }),
  ];
  for (const unit of report.units) {
    const where = t("xliff:report.unitLine", { unit: unit.unitId, number: unit.number });
    if (unit.outcome === "applied") {
      lines.push(`  ${where}: ${t("xliff:report.outcomes.applied")} (${t(`editor:status.${unit.status}`)})`);
    } else if (unit.outcome === "refused") {
      lines.push(`  ${where}: ${t("xliff:report.outcomes.refused")}: ${translateMessage(t, unit.reason)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

function failure(message: string): CommandResult {
  return { stdout: "", stderr: `${message}\n`, exitCode: 1 };
}
