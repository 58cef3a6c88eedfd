// The glossary's CSV layout, shared by import and export so a file exported can be imported back.
import type { GlossaryEntry } from "./entry";

export const GLOSSARY_CSV_COLUMNS = [
  "term",
  "translation",
  "part_of_speech",
  "note",
  "forbidden",
  "case_sensitive",
] as const;
export type GlossaryCsvColumn = (typeof GLOSSARY_CSV_COLUMNS)[number];

/** Forbidden translations share one cell: "|" never occurs in a term worth forbidding. */
export const FORBIDDEN_SEPARATOR = "|";

/** The column of a term field, so a refusal names what the editor sees in their spreadsheet. */
export const COLUMN_OF_FIELD: Record<string, GlossaryCsvColumn> = {
  term: "term",
  translation: "translation",
  partOfSpeech: "part_of_speech",
  note: "note",
  forbidden: "forbidden",
  caseSensitive: "case_sensitive",
};

/** Whether a header row is the glossary's: the six columns in order, any case, spaces ignored. */
export function isGlossaryHeader(fields: readonly string[]): boolean {
  return (
    fields.length === GLOSSARY_CSV_COLUMNS.length &&
    fields.every((field, index) => field.trim().toLowerCase() === GLOSSARY_CSV_COLUMNS[index])
  );
}

/** A data row as the term use-cases take it; validation is theirs. */
export function termFieldsFromCsv(fields: readonly string[]): Record<string, string | undefined> {
  const [term, translation, partOfSpeech, note, forbidden, caseSensitive] = fields;
  return { term, translation, partOfSpeech, note, forbidden, caseSensitive };
}

export function termToCsv(entry: GlossaryEntry): string[] {
  return [
    entry.term,
    entry.translation,
    entry.partOfSpeech ?? "",
    entry.note ?? "",
    entry.forbidden.join(FORBIDDEN_SEPARATOR),
    entry.caseSensitive ? "true" : "false",
  ];
}
