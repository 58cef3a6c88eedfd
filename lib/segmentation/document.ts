// The engine's two entry points: parseDocument (article in, segments out) and render (segments back
// into the article's structure, as Markdown or sanitized HTML).
import type { Root as HastRoot } from "hast";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import { toMdast } from "hast-util-to-mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toHast } from "mdast-util-to-hast";
import { toMarkdown } from "mdast-util-to-markdown";
import type { SourceFormat } from "@/db/enums";
import { RENDER_SCHEMA } from "./html/allowlist";
import { captionsAsParagraphs } from "./html/captions-for-markdown";
import { parseHtmlDocument, type HtmlDocument } from "./html/html-document";
import { rebuildHtmlTree } from "./html/rebuild-html-tree";
import { parseMarkdownDocument, type MarkdownDocument } from "./markdown/markdown-document";
import { rebuildMarkdownTree } from "./markdown/rebuild-markdown-tree";
import { renderMarkdownDocument } from "./markdown/render-markdown";
import type { RenderContext, TranslationLookup } from "./rebuild-run";
import { baseLanguage } from "./sentences/language-tag";
import type { OutputFormat, RenderProblem } from "./types";

export type SegmentedDocument = MarkdownDocument | HtmlDocument;

/** Segment id -> translated text with the segment's placeholder tags. */
export type Translations = ReadonlyMap<string, string> | TranslationLookup;

export function parseDocument(source: string, format: SourceFormat, language: string): SegmentedDocument {
  // Line endings and the byte-order mark are not content; control characters never are.
  const clean = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "");
  return format === "markdown" ? parseMarkdownDocument(clean, language) : parseHtmlDocument(clean, language);
}

/**
 * The document with each segment replaced by its translation (a segment without one keeps its
 * source text). Problems with tags are reported in `problems`, never thrown.
 */
export type RenderOptions = {
  /** The translation's language, which decides how sentences are joined: no space in Chinese and Japanese. */
  targetLanguage?: string;
};

/** Languages written without spaces between sentences. */
const SPACELESS_LANGUAGES = new Set(["zh", "ja"]);

export function render(
  document: SegmentedDocument,
  translations: Translations,
  format: OutputFormat,
  options: RenderOptions = {},
): { output: string; problems: RenderProblem[] } {
  const context: RenderContext = {
    translate: typeof translations === "function" ? translations : (id) => translations.get(id),
    problems: [],
    ...(options.targetLanguage
      ? { sentenceSeparator: SPACELESS_LANGUAGES.has(baseLanguage(options.targetLanguage)) ? "" : " " }
      : {}),
  };
  const { problems } = context;
  if (document.format === "markdown" && format === "markdown") {
    return { output: renderMarkdownDocument(document, context), problems };
  }
  const html =
    document.format === "markdown"
      ? (toHast(rebuildMarkdownTree(document, context)) as HastRoot)
      : rebuildHtmlTree(document, context);
  const safe = sanitize(html, RENDER_SCHEMA) as HastRoot;
  if (format === "html") return { output: `${toHtml(safe).trim()}\n`, problems };
  return { output: toMarkdown(toMdast(captionsAsParagraphs(safe)), { extensions: [gfmToMarkdown()] }), problems };
}
