// What a TMX import did, counted as it goes: the web page and the command line show it, the audit
// log keeps it, and a failed import returns what it had done by then.

/** Why a <tu>, or one (source, target) pair of it, did not become a memory unit. */
export const TMX_SKIP_REASONS = [
  "no_source",
  "no_target",
  "unknown_language",
  "same_language",
  "empty",
  "too_long",
  "too_many_variants",
] as const;
export type TmxSkipReason = (typeof TMX_SKIP_REASONS)[number];

export type TmxPairCount = { sourceLanguage: string; targetLanguage: string; added: number; duplicates: number };

export type TmxImportReport = {
  fileName: string | null;
  /** The header's srclang as written, once read. */
  sourceLanguage: string | null;
  bytes: number;
  /** <tu> elements read. */
  unitsRead: number;
  /** Memory units added: one per (source, target) pair of a <tu>. */
  added: number;
  /** Pairs the memory already held (same languages, source and target), or held twice in the file. */
  duplicates: number;
  /**
   * Per reason: a <tu> for no_source, no_target, too_many_variants and a <tu> too long as a whole;
   * one (source, target) pair otherwise.
   */
  skipped: Record<TmxSkipReason, number>;
  /** Added and duplicate pairs per language pair, most added first. */
  pairs: TmxPairCount[];
  /** Language tags of the file Tandem does not translate (the first 20). */
  unknownLanguages: string[];
};

export type TmxImportProgress = Pick<TmxImportReport, "bytes" | "unitsRead" | "added" | "duplicates">;

const UNKNOWN_LANGUAGES_SHOWN = 20;

export class ImportReportBuilder {
  private readonly report: TmxImportReport;
  private readonly pairCounts = new Map<string, TmxPairCount>();
  private readonly unknown = new Set<string>();

  constructor(fileName: string | null) {
    this.report = {
      fileName,
      sourceLanguage: null,
      bytes: 0,
      unitsRead: 0,
      added: 0,
      duplicates: 0,
      skipped: Object.fromEntries(TMX_SKIP_REASONS.map((reason) => [reason, 0])) as Record<TmxSkipReason, number>,
      pairs: [],
      unknownLanguages: [],
    };
  }

  header(sourceLanguage: string): void {
    this.report.sourceLanguage = sourceLanguage;
  }
  bytesRead(bytes: number): void {
    this.report.bytes += bytes;
  }
  unitRead(): void {
    this.report.unitsRead += 1;
  }
  skipped(reason: TmxSkipReason): void {
    this.report.skipped[reason] += 1;
  }
  unknownLanguage(tag: string): void {
    const shown = tag.trim().slice(0, 40);
    // A variant without xml:lang is counted as skipped; there is no tag to show.
    if (shown && this.unknown.size < UNKNOWN_LANGUAGES_SHOWN) this.unknown.add(shown);
  }
  stored(pair: { sourceLanguage: string; targetLanguage: string }, outcome: "added" | "duplicates"): void {
    const key = `${pair.sourceLanguage}-${pair.targetLanguage}`;
    let counts = this.pairCounts.get(key);
    if (!counts) {
      counts = { sourceLanguage: pair.sourceLanguage, targetLanguage: pair.targetLanguage, added: 0, duplicates: 0 };
      this.pairCounts.set(key, counts);
    }
    counts[outcome] += 1;
    this.report[outcome] += 1;
  }

  progress(): TmxImportProgress {
    const { bytes, unitsRead, added, duplicates } = this.report;
    return { bytes, unitsRead, added, duplicates };
  }

  result(): TmxImportReport {
    return {
      ...this.report,
      skipped: { ...this.report.skipped },
      pairs: [...this.pairCounts.values()].sort((a, b) => b.added - a.added || b.duplicates - a.duplicates),
      unknownLanguages: [...this.unknown],
    };
  }
}
