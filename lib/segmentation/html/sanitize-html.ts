// Sanitizes HTML again when a page shows it. Published HTML was sanitized when it was rendered, but
// it sits in the database between then and now: the page trusts the allowlist, not the column.
import type { Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import { toHtml } from "hast-util-to-html";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { RENDER_SCHEMA } from "./allowlist";

const parser = unified().use(rehypeParse, { fragment: true });

/** The HTML with only what RENDER_SCHEMA allows: the same allowlist as import and rendering. */
export function sanitizeHtml(html: string): string {
  return toHtml(sanitize(parser.parse(html), RENDER_SCHEMA) as Root);
}
