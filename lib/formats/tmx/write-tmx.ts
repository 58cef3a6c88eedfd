// A TMX 1.4b document as a sequence of strings: the header, one <tu> per memory unit, the end. A
// generator, so an export of a million units is written as it is read, never held whole.
import type { InlineTag } from "@/db/json-shapes";
import type { SourceFormat, TmOrigin } from "@/db/enums";
import packageJson from "@/package.json";
import { codeLookup, type CodeLookup, type InlineCodes } from "./inline-codes";
import { formatTmxDate } from "./tmx-date";
import { segContent } from "./tmx-from-tagged";
import { xmlAttribute, xmlText } from "./xml-text";

export type ExportedUnit = {
  id: number;
  sourceText: string;
  targetText: string;
  origin: TmOrigin;
  reviewed: boolean;
  originNote: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Who wrote the target, when the memory knows. */
  translatorName: string | null;
  /** The segment's tag definitions (units mirroring a translation), else null. */
  tags: InlineTag[] | null;
  /** The article's source format, when known: the native code inside tags is in it. */
  format: SourceFormat | null;
  /** An imported unit's native codes (inline-codes.ts), else null. */
  inlineCodes: InlineCodes | null;
};

export type TmxDocumentHeader = { sourceLanguage: string; targetLanguage: string; createdAt: Date };

/** TMX's datatype names; Markdown has none, so it gets a user-defined one. */
const DATATYPES: Record<SourceFormat, string> = { html: "html", markdown: "x-markdown" };

function header({ sourceLanguage, createdAt }: TmxDocumentHeader): string {
  const attributes = {
    creationtool: "Tandem",
    creationtoolversion: packageJson.version,
    // The segments are text; markup travels inside bpt/ept/ph, with each tu's own datatype.
    datatype: "plaintext",
    segtype: "sentence",
    adminlang: "en",
    srclang: sourceLanguage,
    "o-tmf": "Tandem",
    creationdate: formatTmxDate(createdAt),
  };
  const list = Object.entries(attributes)
    .map(([name, value]) => `${name}="${xmlAttribute(value)}"`)
    .join(" ");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`,
    `<tmx version="1.4">`,
    `  <header ${list}/>`,
    `  <body>`,
    "",
  ].join("\n");
}

function prop(type: string, value: string): string {
  return `      <prop type="${type}">${xmlText(value)}</prop>\n`;
}

function tuv(language: string, taggedText: string, tags: ReadonlyMap<number, InlineTag>, codes: CodeLookup): string {
  return `      <tuv xml:lang="${xmlAttribute(language)}"><seg>${segContent(taggedText, tags, codes)}</seg></tuv>\n`;
}

function tu(unit: ExportedUnit, pair: TmxDocumentHeader): string {
  const attributes = [
    `tuid="${unit.id}"`,
    `creationdate="${formatTmxDate(unit.createdAt)}"`,
    `changedate="${formatTmxDate(unit.updatedAt)}"`,
    ...(unit.translatorName ? [`creationid="${xmlAttribute(unit.translatorName)}"`] : []),
    ...(unit.format ? [`datatype="${DATATYPES[unit.format]}"`] : []),
  ].join(" ");
  const tags = new Map((unit.tags ?? []).map((tag) => [tag.id, tag]));
  return (
    `    <tu ${attributes}>\n` +
    prop("x-origin", unit.origin) +
    prop("x-reviewed", unit.reviewed ? "yes" : "no") +
    (unit.originNote ? prop("x-origin-note", unit.originNote) : "") +
    tuv(pair.sourceLanguage, unit.sourceText, tags, codeLookup(unit.inlineCodes, "source")) +
    tuv(pair.targetLanguage, unit.targetText, tags, codeLookup(unit.inlineCodes, "target")) +
    `    </tu>\n`
  );
}

export function* tmxDocument(pair: TmxDocumentHeader, units: Iterable<ExportedUnit>): Generator<string> {
  yield header(pair);
  for (const unit of units) yield tu(unit, pair);
  yield `  </body>\n</tmx>\n`;
}
