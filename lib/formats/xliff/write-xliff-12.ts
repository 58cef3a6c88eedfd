// A job as an XLIFF 1.2 document, valid against the strict schema (xliff-core-1.2-strict.xsd), so
// that older CAT tools and translate-toolkit read it. The strict schema allows no attribute of
// another namespace, so Tandem's facts travel in standard places: the job in `original`, the
// article's title in a header note, each target's version in a context group.
import { parseTaggedText } from "../../segmentation/tagged-text";
import { inline12 } from "./inline-codes";
import type { JobDocument, JobDocumentUnit } from "./job-document";
import { xliff12State } from "./segment-states";
import { escapeAttribute as attr, escapeText, REPLACEMENT_CHARACTER } from "./xml-text";

export const XLIFF_12_NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";

/** `original` names the job and the article: "jobs/12/mangroves-in-fiji". The import reads the job from it. */
export const original12 = (jobId: number, slug: string) => `jobs/${jobId}/${slug}`;
export const ORIGINAL_12_JOB = /^jobs\/(\d{1,12})\//;

/** The context that carries a target's version, so the import can tell edits made in Tandem since. */
export const VERSION_CONTEXT_TYPE = "x-tandem-version";

const text = (value: string) => escapeText(value, REPLACEMENT_CHARACTER);

const DATATYPES = { markdown: "x-markdown", html: "html" } as const;

function unit(document: JobDocument, entry: JobDocumentUnit): string {
  const { status, text: translation, version } = entry.translation;
  const { state, qualifier } = xliff12State(status, document.job.status);
  const source = inline12(parseTaggedText(entry.source, entry.tags).tokens, entry.tags);
  const target = inline12(parseTaggedText(translation, entry.tags).tokens, entry.tags);
  const qualifierAttribute = qualifier ? ` state-qualifier="${attr(qualifier)}"` : "";
  const notes = entry.notes
    .map((note) => `        <note from="${attr(note.author)}" annotates="target">${text(note.body)}</note>\n`)
    .join("");
  return (
    `      <trans-unit id="${entry.segmentId}" restype="x-${entry.kind}" xml:space="preserve"${status === "approved" ? ` approved="yes"` : ""}>\n` +
    `        <source>${source}</source>\n` +
    `        <target state="${state}"${qualifierAttribute}>${target}</target>\n` +
    `        <context-group purpose="information">\n` +
    `          <context context-type="${VERSION_CONTEXT_TYPE}">${version}</context>\n` +
    `        </context-group>\n` +
    notes +
    `      </trans-unit>\n`
  );
}

export function writeXliff12(document: JobDocument): string {
  const { job, article, revision } = document;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<xliff xmlns="${XLIFF_12_NAMESPACE}" version="1.2">\n` +
    `  <file original="${attr(original12(job.id, article.slug))}" source-language="${attr(article.sourceLanguage)}" target-language="${attr(job.targetLanguage)}" datatype="${DATATYPES[revision.format]}" tool-id="tandem">\n` +
    `    <header>\n` +
    `      <tool tool-id="tandem" tool-name="Tandem"/>\n` +
    `      <note from="tandem" annotates="general">${text(article.title)}</note>\n` +
    `    </header>\n` +
    `    <body>\n` +
    document.units.map((entry) => unit(document, entry)).join("") +
    `    </body>\n` +
    `  </file>\n` +
    `</xliff>\n`
  );
}
