// Table-driven quality-check cases: one row per (check, language pair, translation), with the
// messages that check must return for it (none when the translation passes).
import type { InlineTag } from "@/db/json-shapes";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import type { QaCheckId } from "@/lib/qa/types";
import type { Message } from "@/lib/validation/message";

export type TargetLanguage = "es" | "fr" | "ar";

export type QaCase = {
  check: QaCheckId;
  target: TargetLanguage;
  source: string;
  translation: string;
  expected: Message[];
  tags?: InlineTag[];
  /** The whole glossary of the pair: the runner keeps the terms found in the source, as the app does. */
  glossary?: GlossaryEntry[];
  /** Shown in the test name, to say what the row is about. */
  about?: string;
};

type Options = Pick<QaCase, "tags" | "glossary" | "about">;

export const passes = (
  check: QaCheckId,
  target: TargetLanguage,
  source: string,
  translation: string,
  options: Options = {},
): QaCase => ({
  check,
  target,
  source,
  translation,
  expected: [],
  ...options,
});

export const fails = (
  check: QaCheckId,
  target: TargetLanguage,
  source: string,
  translation: string,
  expected: [key: string, values?: Message["values"]][],
  options: Options = {},
): QaCase => ({
  check,
  target,
  source,
  translation,
  expected: expected.map(([key, values]) => (values ? { key, values } : { key })),
  ...options,
});

export const LINK: InlineTag = { id: 1, kind: "link", paired: true, open: "[", close: "](https://example.org/r)" };
export const BOLD: InlineTag = { id: 2, kind: "bold", paired: true, open: "**", close: "**" };
export const BREAK: InlineTag = { id: 3, kind: "break", paired: false, open: "<br>" };
export const IMAGE: InlineTag = { id: 3, kind: "image", paired: false, open: "![Mangroves](m.jpg)" };
export const SECOND_LINK: InlineTag = {
  id: 4,
  kind: "link",
  paired: true,
  open: "[",
  close: "](https://example.org/s)",
};

let termIds = 0;

/** A glossary entry as the glossary hands it out. */
export const glossaryEntry = (
  term: string,
  translation: string,
  forbidden: string[] = [],
  caseSensitive = false,
): GlossaryEntry => ({
  id: ++termIds,
  term,
  translation,
  partOfSpeech: null,
  note: null,
  forbidden,
  caseSensitive,
});
