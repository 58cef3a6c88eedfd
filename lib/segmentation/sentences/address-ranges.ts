// Web and e-mail addresses are full of periods that end nothing. They are found by literal anchors
// ("://", "www.", "@") and bounded scans instead of one big regular expression, so a long run of
// word characters cannot make the search quadratic.
import { isLetter, isDigit, isWhitespace } from "./characters";
import type { ProtectedRange } from "./ranges";

const URL_START = /\b(?:(?:https?|ftps?|sftp|file):\/\/|www\.)/gi;
/** Characters that cannot be part of a URL as written in prose: they end it. */
const URL_STOP = new Set([...'<>"“”‘’«»「」『』（）【】。、，！？；：']);
/** Punctuation that ends a sentence or clause right after a URL rather than belonging to it. */
const URL_TRAILING = new Set([...".,;:!?'\")]}…"]);
const MAX_EMAIL_LOCAL = 64;
const MAX_EMAIL_DOMAIN = 253;

function count(text: string, start: number, end: number, ch: string): number {
  let n = 0;
  for (let i = start; i < end; i++) if (text[i] === ch) n++;
  return n;
}

function urlEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isWhitespace(text[end]) && !URL_STOP.has(text[end]!)) end++;
  // A closing parenthesis belongs to the URL only when the URL opened one (Wikipedia-style links).
  while (end > start && URL_TRAILING.has(text[end - 1]!)) {
    if (text[end - 1] === ")" && count(text, start, end, "(") >= count(text, start, end, ")")) break;
    end--;
  }
  return end;
}

function urlRanges(text: string): ProtectedRange[] {
  const ranges: ProtectedRange[] = [];
  let resumeAt = 0;
  for (const match of text.matchAll(URL_START)) {
    if (match.index < resumeAt) continue;
    const end = urlEnd(text, match.index);
    ranges.push({ after: match.index, before: end });
    resumeAt = end;
  }
  return ranges;
}

function isEmailLocalCharacter(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch) || (ch !== undefined && "._%+-".includes(ch));
}

function isEmailDomainCharacter(ch: string | undefined): boolean {
  return isLetter(ch) || isDigit(ch) || ch === "." || ch === "-";
}

function emailRanges(text: string): ProtectedRange[] {
  const ranges: ProtectedRange[] = [];
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_EMAIL_LOCAL && isEmailLocalCharacter(text[start - 1])) start--;
    while (start < at && text[start] === ".") start++;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_EMAIL_DOMAIN && isEmailDomainCharacter(text[end])) end++;
    while (end > at + 1 && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    const domain = text.slice(at + 1, end);
    if (start < at && domain.includes(".")) ranges.push({ after: start, before: end });
  }
  return ranges;
}

/** Ranges covering every URL and e-mail address in `text`, without their trailing punctuation. */
export function addressRanges(text: string): ProtectedRange[] {
  return [...urlRanges(text), ...emailRanges(text)];
}
