import rehypeParse from "rehype-parse";
import { toHtml } from "hast-util-to-html";
import { unified } from "unified";

/** Runs of whitespace are one space; no space at either end. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * HTML in one canonical spelling (attribute quoting, entities, void tags) with whitespace
 * normalized, so two documents compare equal when a browser would build the same page.
 */
export function normalizeHtml(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  return normalizeWhitespace(toHtml(tree));
}
