// Brackets and quotation marks left open or closed twice. Apostrophes share ’ with the closing
// single quote, so ’ only closes a ‘ that is open; German »…« and Polish „…” are accepted as pairs.
import { message } from "../validation/message";
import type { QaCheck } from "./types";

/** Each opening mark and the marks that may close it. */
const CLOSERS: Readonly<Record<string, string>> = {
  "(": ")",
  "[": "]",
  "{": "}",
  "«": "»",
  "»": "«",
  "‹": "›",
  "›": "‹",
  "“": "”",
  "„": "“”",
  "‘": "’",
  "「": "」",
  "『": "』",
  "（": "）",
  '"': '"',
};
/** Marks that close something and open nothing, so one without its opener is unbalanced. */
const ONLY_CLOSING = new Set([")", "]", "}", "”", "」", "』", "）"]);

/** The first mark left without its partner, or null when every pair is complete. */
export function unbalancedMark(text: string): string | null {
  const open: string[] = [];
  for (const char of text) {
    const top = open.at(-1);
    if (top !== undefined && (CLOSERS[top] ?? "").includes(char)) {
      open.pop();
    } else if (Object.hasOwn(CLOSERS, char)) {
      open.push(char);
    } else if (ONLY_CLOSING.has(char)) {
      return char;
    }
  }
  return open[0] ?? null;
}

export const bracketsCheck: QaCheck = {
  id: "brackets",
  severity: "warning",
  run: ({ sourcePlain, targetPlain }) => {
    // "1) First step" or ":)" in the source: the translation will mirror it, nothing to report.
    if (unbalancedMark(sourcePlain) !== null) return [];
    const mark = unbalancedMark(targetPlain);
    return mark === null ? [] : [message("qa:brackets.unbalanced", { mark })];
  },
};
