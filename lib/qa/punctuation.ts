// Punctuation a reader notices: a question turned into a statement, a Spanish question without its
// opening ¿, a French « citation » without its spaces, an Arabic text with a Latin ?. Only the end
// of the segment is compared with the source (a sentence may be rebuilt freely inside); the French
// spacing rules hold wherever the mark is.
import { message, type Message } from "../validation/message";
import { withoutAddresses } from "./links";
import type { QaCheck } from "./types";

type EndKind = "period" | "question" | "exclamation" | "colon" | "semicolon" | "comma" | "ellipsis" | "none";

/** Each script's marks: ؟ is Arabic's ?, 。 Chinese's full stop, । the Devanagari one. */
const END_MARKS: Readonly<Record<string, EndKind>> = {
  ".": "period",
  "。": "period",
  "।": "period",
  "۔": "period",
  "?": "question",
  "؟": "question",
  "？": "question",
  "!": "exclamation",
  "！": "exclamation",
  ":": "colon",
  "：": "colon",
  ";": "semicolon",
  "؛": "semicolon",
  "；": "semicolon",
  ",": "comma",
  "،": "comma",
  "，": "comma",
  "、": "comma",
};
/** Closing quotes and brackets after the mark do not change which mark ends the sentence. */
const CLOSING = /[\s"'»”’›)\]}」』）]+$/u;
const ELLIPSIS = /(?:\.\.\.|…)$/u;

/** Languages written in Arabic script, and the marks they write instead of Latin ones. */
const ARABIC_SCRIPT_MARKS: Readonly<Record<string, string>> = { "?": "؟", ";": "؛", ",": "،" };
const ARABIC_SCRIPT = new Set(["ar", "fa", "ur"]);

function endOf(text: string): { kind: EndKind; mark: string } {
  const stripped = text.replace(CLOSING, "");
  const ellipsis = stripped.match(ELLIPSIS);
  if (ellipsis) return { kind: "ellipsis", mark: ellipsis[0] };
  const mark = [...stripped].at(-1) ?? "";
  const kind = END_MARKS[mark];
  return kind ? { kind, mark } : { kind: "none", mark: "" };
}

function endMessages(sourcePlain: string, targetPlain: string, targetBase: string): Message[] {
  const source = endOf(sourcePlain);
  const target = endOf(targetPlain);
  const messages: Message[] = [];
  if (source.kind !== target.kind) {
    if (target.kind === "none") messages.push(message("qa:punctuation.endMissing", { expected: source.mark }));
    else if (source.kind === "none") messages.push(message("qa:punctuation.endExtra", { found: target.mark }));
    else messages.push(message("qa:punctuation.endDifferent", { expected: source.mark, found: target.mark }));
  }
  if (targetBase === "es") {
    if (target.kind === "question" && !targetPlain.includes("¿"))
      messages.push(message("qa:punctuation.invertedMissing", { mark: "¿" }));
    if (target.kind === "exclamation" && !targetPlain.includes("¡"))
      messages.push(message("qa:punctuation.invertedMissing", { mark: "¡" }));
  }
  const local = ARABIC_SCRIPT.has(targetBase) ? ARABIC_SCRIPT_MARKS[target.mark] : undefined;
  if (local) messages.push(message("qa:punctuation.localMark", { expected: local, found: target.mark }));
  return messages;
}

/**
 * French puts a (narrow) no-break space before ; : ! ? and inside « »; an ordinary space is
 * accepted too, since the page cannot show the difference to most readers. Canadian French
 * spaces only the colon and the guillemets.
 */
function frenchSpacing(targetPlain: string, targetLanguage: string): Message[] {
  const text = withoutAddresses(targetPlain);
  const spacedMarks = /^fr[-_]ca\b/i.test(targetLanguage) ? ":" : ";:!?";
  const missing = new Set<string>();
  [...text].forEach((char, index, chars) => {
    const before = chars[index - 1];
    const after = chars[index + 1];
    if (spacedMarks.includes(char) && before !== undefined && !/\s/u.test(before)) {
      // "?!" is one mark; 10:30 is a time.
      const combined = "?!".includes(before) && "?!".includes(char);
      const time = char === ":" && /\d/.test(before) && after !== undefined && /\d/.test(after);
      if (!combined && !time) missing.add(char);
    }
    if (char === "«" && after !== undefined && !/\s/u.test(after)) missing.add(char);
    if (char === "»" && before !== undefined && !/\s/u.test(before)) missing.add(char);
  });
  return [...missing].map((mark) => message("qa:punctuation.frenchSpace", { mark }));
}

export const punctuationCheck: QaCheck = {
  id: "punctuation",
  severity: "warning",
  run: ({ sourcePlain, targetPlain, targetBase, targetLanguage }) => [
    ...endMessages(sourcePlain, targetPlain, targetBase),
    ...(targetBase === "fr" ? frenchSpacing(targetPlain, targetLanguage) : []),
  ],
};
