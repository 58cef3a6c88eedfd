// An uploaded XLIFF file (2.0 or 1.2) reduced to what the import needs: the job and languages it
// claims, and per unit its id, the version it was exported at and its target. Nothing here looks at
// the database; a file that is not XLIFF of a version Tandem writes is refused at once.
import { message, type Message } from "../../validation/message";
import type { XliffVersion } from "../../validation/xliff-schemas";
import { readInline, type XliffToken } from "./read-inline";
import { refuse } from "./refusal";
import { confirmedIn12, confirmedIn20 } from "./segment-states";
import { ORIGINAL_12_JOB, VERSION_CONTEXT_TYPE, XLIFF_12_NAMESPACE } from "./write-xliff-12";
import { FILE_ID_20_JOB, METADATA_NAMESPACE, XLIFF_20_NAMESPACE } from "./write-xliff-20";
import { childElements, parseXml, type XmlElement } from "./xml-tree";

export type XliffUnit = {
  id: string;
  /** The translation's version when it was exported; null when a tool dropped it. */
  baseVersion: number | null;
  /** Null when the unit has no target (nothing to import). */
  target: XliffToken[] | null;
  /** The unit's state says the translation is finished (segment-states.ts). */
  confirmed: boolean;
  /** Problems that refuse the file: a unit split in two, a code Tandem cannot read. */
  problems: Message[];
};

export type XliffDocument = {
  version: XliffVersion;
  /** The job the file says it belongs to; null when it names none. */
  jobId: number | null;
  sourceLanguage: string;
  targetLanguage: string;
  units: XliffUnit[];
};

const NAMESPACES = new Map<string, XliffVersion>([
  [XLIFF_20_NAMESPACE, "2.0"],
  [XLIFF_12_NAMESPACE, "1.2"],
]);

const versionNumber = (value: string | undefined) =>
  value !== undefined && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : null;

/** Units at any depth: tools may wrap them in groups. */
function unitsIn(parent: XmlElement, uri: string, unitName: string): XmlElement[] {
  return childElements(parent, uri).flatMap((child) =>
    child.name === unitName ? [child] : child.name === "group" ? unitsIn(child, uri, unitName) : [],
  );
}

const textOf = (element: XmlElement | undefined) =>
  element?.children.filter((child): child is string => typeof child === "string").join("") ?? "";

function read20(file: XmlElement, root: XmlElement): XliffDocument {
  const units = unitsIn(file, XLIFF_20_NAMESPACE, "unit").map((unit): XliffUnit => {
    const id = unit.attributes.get("id") ?? "";
    const meta = childElements(unit, METADATA_NAMESPACE, "metadata")
      .flatMap((metadata) => childElements(metadata, METADATA_NAMESPACE, "metaGroup"))
      .filter((group) => group.attributes.get("category") === "tandem")
      .flatMap((group) => childElements(group, METADATA_NAMESPACE, "meta"))
      .find((entry) => entry.attributes.get("type") === "version");
    const segments = childElements(unit, XLIFF_20_NAMESPACE, "segment");
    const [segment] = segments;
    if (segments.length !== 1 || !segment) {
      return { id, baseVersion: null, target: null, confirmed: false, problems: [segmentCount(id)] };
    }
    const target = childElements(segment, XLIFF_20_NAMESPACE, "target")[0];
    const inline = target ? readInline(target, "2.0", id) : { tokens: null, problems: [] };
    return {
      id,
      baseVersion: versionNumber(textOf(meta)),
      target: inline.tokens,
      confirmed: confirmedIn20(segment.attributes.get("state")),
      problems: inline.problems,
    };
  });
  return {
    version: "2.0",
    jobId: idFrom(FILE_ID_20_JOB, file.attributes.get("id")),
    sourceLanguage: root.attributes.get("srcLang") ?? "",
    targetLanguage: root.attributes.get("trgLang") ?? "",
    units,
  };
}

function read12(file: XmlElement): XliffDocument {
  const body = childElements(file, XLIFF_12_NAMESPACE, "body")[0];
  const units = (body ? unitsIn(body, XLIFF_12_NAMESPACE, "trans-unit") : []).map((unit): XliffUnit => {
    const id = unit.attributes.get("id") ?? "";
    const context = childElements(unit, XLIFF_12_NAMESPACE, "context-group")
      .flatMap((group) => childElements(group, XLIFF_12_NAMESPACE, "context"))
      .find((entry) => entry.attributes.get("context-type") === VERSION_CONTEXT_TYPE);
    const target = childElements(unit, XLIFF_12_NAMESPACE, "target")[0];
    const inline = target ? readInline(target, "1.2", id) : { tokens: null, problems: [] };
    return {
      id,
      baseVersion: versionNumber(textOf(context)),
      target: inline.tokens,
      confirmed: confirmedIn12(target?.attributes.get("state"), unit.attributes.get("approved")),
      problems: inline.problems,
    };
  });
  return {
    version: "1.2",
    jobId: idFrom(ORIGINAL_12_JOB, file.attributes.get("original")),
    sourceLanguage: file.attributes.get("source-language") ?? "",
    targetLanguage: file.attributes.get("target-language") ?? "",
    units,
  };
}

const segmentCount = (unit: string): Message => message("xliff:refused.segmentCount", { unit });

function idFrom(pattern: RegExp, value: string | undefined): number | null {
  const digits = value === undefined ? undefined : pattern.exec(value)?.[1];
  return digits === undefined ? null : Number(digits);
}

/** The file's facts; throws XliffRefusedError when it is not well-formed XLIFF 2.0 or 1.2 with one file. */
export function readXliff(xml: string): XliffDocument {
  const root = parseXml(xml);
  const version = NAMESPACES.get(root.uri);
  if (root.name !== "xliff" || !version) refuse("notXliff", { namespace: root.uri || "-" });
  const declared = root.attributes.get("version") ?? "";
  if (declared !== version) refuse("wrongVersion", { version: declared || "-" });
  const files = childElements(root, root.uri, "file");
  const [file] = files;
  if (files.length !== 1 || !file) refuse("fileCount", { count: files.length });
  return version === "2.0" ? read20(file, root) : read12(file);
}
