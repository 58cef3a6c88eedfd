// What the upload route answers and the upload form shows: every text already in the page's language.

export type XliffUnitRow = {
  unitId: string;
  /** The segment's number in the document, from 1. */
  number: number;
  outcome: "applied" | "unchanged" | "refused";
  /** How an applied unit was saved, or why a unit was refused; null for an unchanged one. */
  detail: string | null;
};

export type XliffImportResponse =
  | { outcome: "imported"; applied: number; unchanged: number; refused: number; units: XliffUnitRow[] }
  /** The file was refused whole (or could not be read): nothing changed. */
  | { outcome: "refused"; problems: string[] };
