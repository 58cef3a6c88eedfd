// The HTML of an article as a public page shows it: sanitized, and with the heading it opens with
// as the page's own title (h1). Articles often open with an h2 ("## Title" in Markdown); showing
// the article title above it again would say the same thing twice.
import type { Element, Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { RENDER_SCHEMA } from "../segmentation/html/allowlist";

const parser = unified().use(rehypeParse, { fragment: true });

/** Elements an article may be wrapped in before its first heading. */
const WRAPPERS = new Set(["div", "section", "article", "header"]);

function openingElement(parent: Root | Element): Element | undefined {
  const first = parent.children.find(
    (node) => node.type === "element" || (node.type === "text" && node.value.trim() !== ""),
  );
  if (first?.type !== "element") return undefined;
  return WRAPPERS.has(first.tagName) ? openingElement(first) : first;
}

/**
 * The article's HTML, sanitized with the render allowlist (again: it sat in the database since it
 * was rendered), and whether its opening heading became the page's h1. When it did not (the
 * article opens with a paragraph), the page adds a title of its own.
 */
export function articleBody(html: string): { html: string; hasTitle: boolean } {
  const tree = sanitize(parser.parse(html), RENDER_SCHEMA) as Root;
  const opening = openingElement(tree);
  const hasTitle = opening !== undefined && /^h[1-6]$/.test(opening.tagName);
  if (opening && hasTitle) opening.tagName = "h1";
  return { html: toHtml(tree), hasTitle };
}
