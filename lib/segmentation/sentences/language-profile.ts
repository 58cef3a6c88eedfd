// A language's segmentation rules, after SRX 2.0: an ordered list of break / no-break rules, each a
// pair of patterns around a candidate position (plus, where a fixed window is not enough, a test on
// the parsed candidate), and abbreviation lists. The first rule that matches decides.
import { AbbreviationTable, type AbbreviationLists } from "./abbreviations";
import type { Candidate } from "./candidate";
import { SPACED_TERMINATORS } from "./characters";
import { pairTable, type PairTable } from "./paired-punctuation";
import { abbreviationRules, closingRules, structuralRules } from "./shared-rules";

export type SegmentationRule = {
  /** Says why the rule exists; first match wins, so the name also explains the order. */
  name: string;
  decision: "break" | "no-break";
  /** Must match the text before the candidate (anchor it with `$`). */
  before?: RegExp;
  /** Must match at the candidate: give it the sticky flag `y`. */
  after?: RegExp;
  /** A test on the parsed candidate, for what fixed patterns cannot say. */
  when?: (candidate: Candidate) => boolean;
};

export type LanguageSpec = {
  language: string;
  /** Terminators that need whitespace after them; defaults to . ! ? … and friends. */
  spacedTerminators?: string;
  /** Terminators that end a sentence even when the next one follows with no space (。！？). */
  unspacedTerminators?: string;
  /** Quotation marks as two-character strings, opener then closer. Brackets are built in. */
  quotePairs: readonly string[];
  /** Closing marks that may follow a terminator after a plain space ("Non. »" in French). */
  closersAfterSpace?: string;
  abbreviations?: AbbreviationLists;
  /** Capitalised words that typically start a sentence, in lowercase. */
  sentenceStarters?: readonly string[];
  /** Rules of this language, tried after the structural rules and before the abbreviation rules. */
  rules?: readonly SegmentationRule[];
};

export type LanguageProfile = {
  language: string;
  spacedTerminators: string;
  unspacedTerminators: string;
  closersAfterSpace: string;
  pairs: PairTable;
  abbreviations: AbbreviationTable;
  sentenceStarters: ReadonlySet<string>;
  rules: readonly SegmentationRule[];
  /** Finds every terminator of the language (global flag: reset lastIndex before use). */
  terminatorPattern: RegExp;
  isTerminator(ch: string | undefined): boolean;
};

function characterClass(characters: string): RegExp {
  const escaped = [...characters].map((ch) => (/[\\\]^-]/.test(ch) ? `\\${ch}` : ch)).join("");
  return new RegExp(`[${escaped}]`, "gu");
}

/** `decide` moves `after` patterns to the candidate and tests `before` patterns afresh each time. */
function checkPatterns(rules: readonly SegmentationRule[]): void {
  for (const rule of rules) {
    if (rule.after && !rule.after.sticky) throw new Error(`Rule "${rule.name}": its after pattern needs the y flag`);
    if (rule.before && (rule.before.global || rule.before.sticky)) {
      throw new Error(`Rule "${rule.name}": its before pattern must have neither the g nor the y flag`);
    }
  }
}

export function defineLanguage(spec: LanguageSpec): LanguageProfile {
  const spacedTerminators = spec.spacedTerminators ?? SPACED_TERMINATORS;
  const unspacedTerminators = spec.unspacedTerminators ?? "";
  const terminators = spacedTerminators + unspacedTerminators;
  const rules = [...structuralRules, ...(spec.rules ?? []), ...abbreviationRules, ...closingRules];
  checkPatterns(rules);
  return {
    language: spec.language,
    spacedTerminators,
    unspacedTerminators,
    closersAfterSpace: spec.closersAfterSpace ?? "",
    pairs: pairTable(spec.quotePairs),
    abbreviations: new AbbreviationTable(spec.abbreviations ?? {}),
    sentenceStarters: new Set(spec.sentenceStarters ?? []),
    rules,
    terminatorPattern: characterClass(terminators),
    isTerminator: (ch) => ch !== undefined && ch !== "" && terminators.includes(ch),
  };
}

/** First matching rule's decision; a candidate no rule matches is no boundary. */
export function decide(rules: readonly SegmentationRule[], candidate: Candidate): boolean {
  for (const rule of rules) {
    if (rule.before && !rule.before.test(candidate.before)) continue;
    if (rule.after) {
      rule.after.lastIndex = candidate.position;
      if (!rule.after.test(candidate.text)) continue;
    }
    if (rule.when && !rule.when(candidate)) continue;
    return rule.decision === "break";
  }
  return false;
}
