// Raw HTML inside a Markdown article: safe inline tags are kept as tags, everything else is dropped
// with a warning, exactly as the HTML importer would.
import type { Element } from "hast";
import type { Html, PhrasingContent } from "mdast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { CODE_ELEMENTS, DROPPED_WITH_CONTENT, INLINE_ELEMENTS } from "../html/allowlist";
import { sanitizeProperties } from "../html/sanitize-import";
import type { ImportWarnings } from "../import-warnings";
import type {} from "./inline-html-node";

const VOID_ELEMENTS = new Set(["br", "wbr", "img"]);

type RawTag = { kind: "comment" } | { kind: "other" } | { kind: "tag"; name: string; closing: boolean };

export function describeRawHtml(value: string): RawTag {
  if (value.startsWith("<!--")) return { kind: "comment" };
  const match = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(value);
  if (!match) return { kind: "other" };
  return { kind: "tag", name: match[2]!.toLowerCase(), closing: match[1] === "/" };
}

/** Warns about an HTML block of a Markdown article, which is never kept. */
export function warnAboutHtmlBlock(node: Html, warnings: ImportWarnings): void {
  const tag = describeRawHtml(node.value.trimStart());
  if (tag.kind === "comment") warnings.add("removed_comment", "#comment", node.value);
  else if (tag.kind === "tag" && DROPPED_WITH_CONTENT.has(tag.name))
    warnings.add("removed_element", tag.name, node.value);
  else warnings.add("removed_html_block", tag.kind === "tag" ? tag.name : "#html", node.value);
}

function parseStartTag(value: string): Element | undefined {
  const root = unified().use(rehypeParse, { fragment: true }).parse(value);
  return root.children.find((node): node is Element => node.type === "element");
}

/** Pairs `html` siblings into TandemInlineHtml nodes, recursively; drops what is not allowed. */
export function pairInlineHtml(children: PhrasingContent[], warnings: ImportWarnings): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const unwrappedCloses = new Map<string, number>();
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type !== "html") {
      if ("children" in child) child.children = pairInlineHtml(child.children, warnings) as typeof child.children;
      out.push(child);
      continue;
    }
    const tag = describeRawHtml(child.value);
    if (tag.kind === "comment") {
      warnings.add("removed_comment", "#comment", child.value);
      continue;
    }
    if (tag.kind !== "tag") {
      warnings.add("removed_element", "#html", child.value);
      continue;
    }
    if (tag.closing) {
      const pending = unwrappedCloses.get(tag.name) ?? 0;
      if (pending > 0) unwrappedCloses.set(tag.name, pending - 1);
      else warnings.add("unwrapped_element", tag.name, child.value);
      continue;
    }
    const closeIndex = VOID_ELEMENTS.has(tag.name) ? index : findClose(children, index, tag.name);
    if (DROPPED_WITH_CONTENT.has(tag.name)) {
      warnings.add("removed_element", tag.name, child.value);
      index = closeIndex === -1 ? index : closeIndex;
      continue;
    }
    const element = parseStartTag(child.value);
    if (element) sanitizeProperties(element, warnings, () => child.value);
    const keep = element && INLINE_ELEMENTS.has(tag.name) && !(tag.name === "span" && isBare(element));
    if (!keep || closeIndex === -1) {
      if (!(tag.name === "span" && element && isBare(element)))
        warnings.add("unwrapped_element", tag.name, child.value);
      if (closeIndex !== -1 && closeIndex !== index)
        unwrappedCloses.set(tag.name, (unwrappedCloses.get(tag.name) ?? 0) + 1);
      continue;
    }
    out.push(inlineHtmlNode(element, children, index, closeIndex, warnings));
    index = closeIndex;
  }
  return out;
}

function isBare(element: Element): boolean {
  return Object.keys(element.properties).length === 0;
}

function findClose(children: PhrasingContent[], openIndex: number, name: string): number {
  let depth = 0;
  for (let index = openIndex + 1; index < children.length; index++) {
    const child = children[index]!;
    if (child.type !== "html") continue;
    const tag = describeRawHtml(child.value);
    if (tag.kind !== "tag" || tag.name !== name) continue;
    if (!tag.closing) depth++;
    else if (depth === 0) return index;
    else depth--;
  }
  return -1;
}

function inlineHtmlNode(
  element: Element,
  children: PhrasingContent[],
  openIndex: number,
  closeIndex: number,
  warnings: ImportWarnings,
): PhrasingContent {
  const open = children[openIndex] as Html;
  const close = closeIndex === openIndex ? undefined : (children[closeIndex] as Html);
  const inner = close ? children.slice(openIndex + 1, closeIndex) : [];
  const isCode = CODE_ELEMENTS.has(element.tagName);
  return {
    type: "tandemInlineHtml",
    tagName: element.tagName,
    open: open.value,
    close: close?.value ?? "",
    // Code keeps its raw content: it is moved whole, never translated.
    children: isCode ? inner : pairInlineHtml(inner, warnings),
    data: { hName: element.tagName, hProperties: element.properties },
    position: open.position && { start: open.position.start, end: (close ?? open).position!.end },
  };
}
