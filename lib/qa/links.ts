// Web addresses and e-mail addresses must reach the reader exactly as in the source: a changed
// character sends them somewhere else.
import { message, type Message } from "../validation/message";
import type { QaCheck } from "./types";

const URL_SHAPE = /\b(?:https?:\/\/|www\.)[^\s<>"«»“”]+/giu;
const EMAIL_SHAPE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** Sentence punctuation right after an address belongs to the sentence, not to the address. */
const TRAILING_PUNCTUATION = /[.,;:!?'’)\]}]+$/u;

function trimUrl(url: string): string {
  let trimmed = url.replace(TRAILING_PUNCTUATION, "");
  // "(see https://en.wikipedia.org/wiki/Mangrove_(tree))": keep a closing bracket the address opened.
  const tail = url.slice(trimmed.length);
  const opens = (trimmed.match(/\(/g) ?? []).length;
  const closes = (trimmed.match(/\)/g) ?? []).length;
  if (tail.startsWith(")") && opens > closes) trimmed += ")";
  return trimmed;
}

export function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_SHAPE)].map((match) => trimUrl(match[0])).filter((url) => url.length > 4);
}

export function emailsIn(text: string): string[] {
  return [...text.replace(URL_SHAPE, " ").matchAll(EMAIL_SHAPE)].map((match) => match[0]);
}

/** Removes addresses, so that the digits and punctuation inside them are not checked twice. */
export function withoutAddresses(text: string): string {
  const blank = (found: string) => " ".repeat(found.length);
  return text.replace(URL_SHAPE, blank).replace(EMAIL_SHAPE, blank);
}

/** What is in one list and not the other, counting repetitions. */
function difference(from: readonly string[], other: readonly string[]): string[] {
  const left = [...other];
  return from.filter((item) => {
    const at = left.indexOf(item);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

function compare(source: string[], target: string[], kind: "urls" | "emails"): Message[] {
  return [
    ...difference(source, target).map((value) => message(`qa:${kind}.missing`, { value })),
    ...difference(target, source).map((value) => message(`qa:${kind}.extra`, { value })),
  ];
}

export const urlsCheck: QaCheck = {
  id: "urls",
  severity: "warning",
  run: ({ sourcePlain, targetPlain }) => compare(urlsIn(sourcePlain), urlsIn(targetPlain), "urls"),
};

export const emailsCheck: QaCheck = {
  id: "emails",
  severity: "warning",
  run: ({ sourcePlain, targetPlain }) => compare(emailsIn(sourcePlain), emailsIn(targetPlain), "emails"),
};
