import type { Db } from "@/db/client";
import type { Actor } from "../../auth/actor";
import { parseInput } from "../../validation/parse-input";
import { xliffExportSchema, type XliffVersion } from "../../validation/xliff-schemas";
import { jobAccess, visibleJob } from "../../workflow/job-access";
import { readJobDocument } from "./job-document";
import { writeXliff12 } from "./write-xliff-12";
import { writeXliff20 } from "./write-xliff-20";

export type XliffFile = {
  xml: string;
  version: XliffVersion;
  /** "<article slug>.<target language>.xlf", for the download. */
  filename: string;
};

/**
 * A job as an XLIFF file for an offline CAT tool: one unit per segment of its current revision, in
 * document order, with the translation so far. Whoever may see the job may export it; comments go
 * in as notes only for the people who work on the job (who read them in Tandem too).
 */
export function exportJobXliffFile(db: Db, actor: Actor, rawInput: unknown): XliffFile {
  const input = parseInput(xliffExportSchema, rawInput);
  // One read transaction: the units, their versions and the notes come from the same moment, even
  // while another server process saves.
  return db.transaction((tx) => {
    const job = visibleJob(tx, actor, input.jobId);
    const document = readJobDocument(tx, job, jobAccess(actor, job).comment);
    const xml = input.version === "2.0" ? writeXliff20(document) : writeXliff12(document);
    return { xml, version: input.version, filename: `${document.article.slug}.${job.targetLanguage}.xlf` };
  });
}

/** The XLIFF document alone (see exportJobXliffFile). */
export function exportJobXliff(db: Db, actor: Actor, rawInput: unknown): string {
  return exportJobXliffFile(db, actor, rawInput).xml;
}
