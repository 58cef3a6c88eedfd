// The shapes shared by every quality check. Pure types: lib/qa runs in the browser as the volunteer
// types and on the server on save and submit, so nothing here may import Node or the database.
import type { InlineTag } from "@/db/json-shapes";
import type { Message } from "../validation/message";

/** A glossary entry whose term occurs in the segment's source (see glossaryTermsIn). */
export type QaGlossaryEntry = {
  term: string;
  translation: string;
  /** Translations the organisation does not want for this term. */
  forbidden: string[];
  caseSensitive: boolean;
};

/** One segment as the checks see it: both texts keep their numbered placeholder tags. */
export type QaContext = {
  source: string;
  target: string;
  /** The source segment's tags. */
  tags: InlineTag[];
  sourceLanguage: string;
  targetLanguage: string;
  /** Glossary terms found in this source; the glossary checks are silent without them. */
  glossary?: QaGlossaryEntry[];
};

export type QaSeverity = "error" | "warning";

export const QA_CHECK_IDS = [
  "empty",
  "tag_missing",
  "tag_extra",
  "tag_unbalanced",
  "tag_nesting",
  "numbers",
  "urls",
  "emails",
  "edge_whitespace",
  "double_space",
  "punctuation",
  "untranslated",
  "length_ratio",
  "glossary_term",
  "forbidden_term",
  "repeated_word",
  "brackets",
] as const;
export type QaCheckId = (typeof QA_CHECK_IDS)[number];

export function isQaCheckId(value: string): value is QaCheckId {
  return (QA_CHECK_IDS as readonly string[]).includes(value);
}

export type QaIssue = {
  check: QaCheckId;
  severity: QaSeverity;
  /** A key in the "qa" namespace with the tag number, number, URL… it is about. */
  message: Message;
};

/** The context with what several checks need computed once. */
export type PreparedSegment = QaContext & {
  /** Texts as a reader sees them: tags removed, escapes undone. */
  sourcePlain: string;
  targetPlain: string;
  /** Base languages ("pt-BR" -> "pt"), which the per-language rules are keyed by. */
  sourceBase: string;
  targetBase: string;
};

export type QaCheck = {
  id: QaCheckId;
  severity: QaSeverity;
  /** One message per problem found; none when the segment passes. */
  run: (segment: PreparedSegment) => Message[];
};
