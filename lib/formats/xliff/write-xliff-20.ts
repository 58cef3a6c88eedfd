// A job as an XLIFF 2.0 document (OASIS core; job facts in the Metadata module, which tools must
// keep). Validated against xliff_core_2.0.xsd by tests/unit/formats/xliff.
import { parseTaggedText } from "../../segmentation/tagged-text";
import { textDirection } from "../../languages";
import { inline20, originalData20 } from "./inline-codes";
import type { JobDocument, JobDocumentUnit } from "./job-document";
import { xliff20State } from "./segment-states";
import { escapeAttribute as attr, escapeText, REPLACEMENT_CHARACTER } from "./xml-text";

export const XLIFF_20_NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
export const METADATA_NAMESPACE = "urn:oasis:names:tc:xliff:metadata:2.0";

/** The file id names the job: the import reads it back from here. */
export const fileId20 = (jobId: number) => `job-${jobId}`;
export const FILE_ID_20_JOB = /^job-(\d{1,12})$/;

// Notes and metadata hold text only (no <cp>): a character XML cannot hold becomes U+FFFD there.
const text = (value: string) => escapeText(value, REPLACEMENT_CHARACTER);

function metadata(entries: Record<string, string | number>, indent: string): string {
  const metas = Object.entries(entries)
    .map(([type, value]) => `${indent}    <mda:meta type="${attr(type)}">${text(String(value))}</mda:meta>\n`)
    .join("");
  return `${indent}<mda:metadata>\n${indent}  <mda:metaGroup category="tandem">\n${metas}${indent}  </mda:metaGroup>\n${indent}</mda:metadata>\n`;
}

function unit(document: JobDocument, entry: JobDocumentUnit): string {
  const { state, subState } = xliff20State(entry.translation.status, document.job.status);
  const source = inline20(parseTaggedText(entry.source, entry.tags).tokens, entry.tags);
  const target =
    entry.translation.status === "empty"
      ? ""
      : `\n        <target>${inline20(parseTaggedText(entry.translation.text, entry.tags).tokens, entry.tags)}</target>`;
  const notes =
    entry.notes.length === 0
      ? ""
      : `      <notes>\n${entry.notes
          .map(
            (note) =>
              `        <note category="${attr(note.category ?? "comment")}" appliesTo="target">${text(note.body)}</note>\n`,
          )
          .join("")}      </notes>\n`;
  return (
    `    <unit id="${entry.segmentId}" type="tandem:${entry.kind}">\n` +
    // The version the target was exported at: the import tells an edit made here since from one made in the file.
    metadata({ version: entry.translation.version }, "      ") +
    notes +
    originalData20(entry.tags, "      ") +
    `      <segment state="${state}"${subState ? ` subState="${attr(subState)}"` : ""}>\n` +
    `        <source>${source}</source>${target}\n` +
    `      </segment>\n` +
    `    </unit>\n`
  );
}

export function writeXliff20(document: JobDocument): string {
  const { job, article, revision } = document;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${XLIFF_20_NAMESPACE}" xmlns:mda="${METADATA_NAMESPACE}" version="2.0" srcLang="${attr(article.sourceLanguage)}" trgLang="${attr(job.targetLanguage)}">\n` +
    `  <file id="${fileId20(job.id)}" original="${attr(article.slug)}" canResegment="no" srcDir="${textDirection(article.sourceLanguage)}" trgDir="${textDirection(job.targetLanguage)}" xml:space="preserve">\n` +
    metadata(
      { job: job.id, article: article.slug, title: article.title, revision: revision.number, format: revision.format },
      "    ",
    ) +
    document.units.map((entry) => unit(document, entry)).join("") +
    `  </file>\n` +
    `</xliff>\n`
  );
}
