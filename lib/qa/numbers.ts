// Numbers must survive translation with the same value, whatever the target language's way of
// writing them: 3,000.5 in English is 3.000,5 or 3 000,5 in Spanish and ٣٬٠٠٠٫٥ in Arabic. Years,
// list numbers and ordinals (1st, 1.º, 1er) count too: only their digits are compared.
import { message, type Message } from "../validation/message";
import { withoutAddresses } from "./links";
import { NUMBER_SEPARATORS, numberStyles, type NumberStyle } from "./number-styles";
import type { QaCheck } from "./types";

const escapeClass = (chars: string) => chars.replace(/[\\\]^-]/g, "\\$&");
const NUMBER_RUN = new RegExp(`\\d+(?:[${escapeClass(NUMBER_SEPARATORS)}]\\d+)*`, "g");
const WHITESPACE = /\s/u;

/** Arabic-Indic, Extended Arabic-Indic and full-width digits as ASCII; one code unit each, so offsets hold. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= 0xff10 ? 0xff10 : code >= 0x06f0 ? 0x06f0 : 0x0660;
    return String(code - zero);
  });
}

/** "0042.500" -> "42.5": the value as a string, so large numbers and decimals compare exactly. */
function canonical(integer: string, fraction = ""): string {
  const whole = integer.replace(/^0+(?=\d)/, "");
  const decimals = fraction.replace(/0+$/, "");
  return decimals ? `${whole}.${decimals}` : whole;
}

/** 3,000,000 (groups of three) or 3,00,000 (Indian lakh grouping). */
function validGroups(groups: readonly string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || rest.length === 0) return Boolean(first);
  if (rest.every((group) => group.length === 3)) return first.length <= 3;
  const last = rest.at(-1);
  return first.length <= 2 && last?.length === 3 && rest.slice(0, -1).every((group) => group.length === 2);
}

/** The value of a run of digits and separators in one style, or null when the style cannot read it. */
function readAs(run: string, style: NumberStyle): string | null {
  const digits = run.split(/\D/);
  const separators = run.replace(/\d/g, "").split("");
  if (separators.length === 0) return canonical(run);
  const last = separators.at(-1)!;
  const hasDecimal = style.decimal.includes(last);
  const grouping = hasDecimal ? separators.slice(0, -1) : separators;
  const groupChar = grouping[0];
  if (groupChar !== undefined && (!style.group.includes(groupChar) || grouping.some((sep) => sep !== groupChar))) {
    return null;
  }
  const integerGroups = hasDecimal ? digits.slice(0, -1) : digits;
  if (!validGroups(integerGroups)) return null;
  return canonical(integerGroups.join(""), hasDecimal ? digits.at(-1) : "");
}

export type FoundNumber = { text: string; values: Set<string> };

/**
 * The numbers of a text, each with every value the language's styles allow ("3.000" in Spanish:
 * 3000 or 3). A run no style can read ("12.03.2020", "2020 300") is taken as separate numbers.
 */
export function numbersIn(text: string, baseLanguage: string): FoundNumber[] {
  const original = withoutAddresses(text);
  const normalized = asciiDigits(original);
  const styles = numberStyles(baseLanguage);
  const found: FoundNumber[] = [];
  const read = (run: string, at: number) => {
    const values = new Set(styles.map((style) => readAs(run, style)).filter((value) => value !== null));
    if (values.size > 0) {
      found.push({ text: original.slice(at, at + run.length), values });
      return;
    }
    let offset = 0;
    for (const part of run.split(/(\D)/)) {
      if (/^\d+$/.test(part))
        found.push({
          text: original.slice(at + offset, at + offset + part.length),
          values: new Set([canonical(part)]),
        });
      offset += part.length;
    }
  };
  for (const match of normalized.matchAll(NUMBER_RUN)) {
    const run = match[0];
    // A space before a number that does not read as a group of three starts a new number.
    if (WHITESPACE.test(run) && !styles.some((style) => readAs(run, style) !== null)) {
      let offset = 0;
      for (const piece of run.split(/(\s)/u)) {
        if (piece.trim() !== "") read(piece, match.index + offset);
        offset += piece.length;
      }
    } else read(run, match.index);
  }
  return found;
}

/**
 * Pairs source and target numbers with a common value. Unambiguous target numbers are used first,
 * so "3.000" (3000 or 3) is kept for the source number only it can match.
 */
function unmatched(source: FoundNumber[], target: FoundNumber[]) {
  const available = target
    .map((number, index) => ({ number, index }))
    .sort((a, b) => a.number.values.size - b.number.values.size);
  const used = new Set<number>();
  const missing = source.filter((wanted) => {
    const hit = available.find(
      ({ number, index }) => !used.has(index) && [...wanted.values].some((value) => number.values.has(value)),
    );
    if (!hit) return true;
    used.add(hit.index);
    return false;
  });
  return { missing, extra: target.filter((_, index) => !used.has(index)) };
}

export const numbersCheck: QaCheck = {
  id: "numbers",
  severity: "warning",
  run: ({ sourcePlain, targetPlain, sourceBase, targetBase }) => {
    const { missing, extra } = unmatched(numbersIn(sourcePlain, sourceBase), numbersIn(targetPlain, targetBase));
    const messages: Message[] = missing.map((number) => message("qa:numbers.missing", { number: number.text }));
    return messages.concat(extra.map((number) => message("qa:numbers.extra", { number: number.text })));
  },
};
