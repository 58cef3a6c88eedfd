// Shapes of the JSON stored in text columns. They live beside the schema (db/ never imports lib/);
// lib/segmentation re-exports them as the engine's own types.

export const INLINE_TAG_KINDS = [
  "bold",
  "italic",
  "link",
  "code",
  "image",
  "break",
  "strikethrough",
  "superscript",
  "subscript",
  "abbreviation",
  "other",
] as const;
export type InlineTagKind = (typeof INLINE_TAG_KINDS)[number];

/**
 * One inline tag of a segment, shown to the translator as `<1>…</1>` (paired) or `<2/>` (self-closing).
 * `open`/`close` keep the tag's original markup (Markdown or HTML) so exports and previews can show
 * exactly what it stands for; the translator moves the tag, never its content.
 */
export type InlineTag = {
  id: number;
  kind: InlineTagKind;
  paired: boolean;
  /** Original markup of the opening tag, or of the whole element when self-closing. */
  open: string;
  /** Original markup of the closing tag (paired tags only). */
  close?: string;
  /** What a reader of the tag needs: the link target, the code, the image source. */
  attrs?: Record<string, string>;
};

export type ImportWarningCode =
  | "removed_element"
  | "unwrapped_element"
  | "removed_attribute"
  | "unsafe_url"
  | "removed_comment"
  | "removed_html_block";

/** Something the importer did not keep; grouped so an editor sees "removed <script> (2)" once. */
export type ImportWarning = {
  code: ImportWarningCode;
  /** Element name, e.g. "script"; "#comment" for comments. */
  element: string;
  attribute?: string;
  count: number;
  /** A short excerpt of the first occurrence, so the editor can find it in the source. */
  example: string;
};
