// One <tu> as memory units: a unit for every (source, target) pair of its variants. The source is
// the variant in the tu's srclang, else the header's; with "*all*" every variant is a source, so a
// tu in English, Spanish and French gives all six directions.
import { plainText } from "../../segmentation/tagged-text";
import { parseTmxDate } from "./tmx-date";
import type { TmxSkipReason } from "./import-report";
import { inlineCodesOf, type InlineCodes } from "./inline-codes";
import { contentLanguageOf, sameTag } from "./language-code";
import type { TmxUnit, TmxVariant } from "./read-tmx";
import { taggedText, tagNumbers } from "./tagged-from-tmx";

export type UnitCandidate = {
  sourceLanguage: string;
  targetLanguage: string;
  sourceText: string;
  targetText: string;
  reviewed: boolean;
  /** The native code inside the file's tags, for the export to give back; null when there was none. */
  inlineCodes: InlineCodes | null;
  createdAt?: Date;
  updatedAt?: Date;
};

export type TuOutcome = {
  units: UnitCandidate[];
  skipped: TmxSkipReason[];
  /** Language tags of this tu that Tandem does not translate. */
  unknownTags: string[];
};

const ALL_LANGUAGES = "*all*";

function sourceVariants(variants: readonly TmxVariant[], srclang: string): TmxVariant[] {
  if (srclang.toLowerCase() === ALL_LANGUAGES) return [...variants];
  const exact = variants.filter((variant) => sameTag(variant.language, srclang));
  if (exact.length > 0) return exact;
  // "en" in the header, "en-GB" in the tu: the same content language is the source.
  const language = contentLanguageOf(srclang);
  return language ? variants.filter((variant) => contentLanguageOf(variant.language) === language) : [];
}

function pairOutcome(source: TmxVariant, target: TmxVariant, tu: TmxUnit): UnitCandidate | TmxSkipReason {
  const sourceLanguage = contentLanguageOf(source.language);
  const targetLanguage = contentLanguageOf(target.language);
  if (!sourceLanguage || !targetLanguage) return "unknown_language";
  if (sourceLanguage === targetLanguage) return "same_language";
  if (!source.content || !target.content) return "empty";
  if (source.content.tooLong || target.content.tooLong) return "too_long";
  const numbers = tagNumbers(source.content.tokens, target.content.tokens);
  const sourceText = taggedText(source.content.tokens, numbers);
  const targetText = taggedText(target.content.tokens, numbers);
  if (plainText(sourceText).trim() === "" || plainText(targetText).trim() === "") return "empty";
  const createdAt = parseTmxDate(target.creationDate) ?? parseTmxDate(tu.creationDate);
  const updatedAt = parseTmxDate(target.changeDate) ?? parseTmxDate(tu.changeDate) ?? createdAt;
  return {
    sourceLanguage,
    targetLanguage,
    sourceText,
    targetText,
    reviewed: !tu.notReviewed,
    inlineCodes: inlineCodesOf(source.content.tokens, target.content.tokens, numbers),
    createdAt,
    updatedAt,
  };
}

export function unitsOfTu(tu: TmxUnit, headerSrclang: string): TuOutcome {
  const unknownTags = [
    ...new Set(tu.variants.map((variant) => variant.language).filter((tag) => !contentLanguageOf(tag))),
  ];
  if (tu.tooManyVariants) return { units: [], skipped: ["too_many_variants"], unknownTags };
  if (tu.tooLong) return { units: [], skipped: ["too_long"], unknownTags };
  const srclang = tu.srclang?.trim() || headerSrclang;
  const everySource = srclang.toLowerCase() === ALL_LANGUAGES;
  const sources = sourceVariants(tu.variants, srclang);
  if (sources.length === 0) return { units: [], skipped: ["no_source"], unknownTags };
  const pairs = sources.flatMap((source) =>
    tu.variants
      .filter((target) => (everySource ? target !== source : !sources.includes(target)))
      .map((target) => [source, target] as const),
  );
  if (pairs.length === 0) return { units: [], skipped: ["no_target"], unknownTags };
  const units: UnitCandidate[] = [];
  const skipped: TmxSkipReason[] = [];
  for (const [source, target] of pairs) {
    const outcome = pairOutcome(source, target, tu);
    if (typeof outcome === "string") skipped.push(outcome);
    else units.push(outcome);
  }
  return { units, skipped, unknownTags };
}
