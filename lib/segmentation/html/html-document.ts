// Imports an HTML article: parse (parse5 through rehype-parse), sanitize, and find the runs of inline
// content that become segments.
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { BlockKind } from "@/db/enums";
import { ImportWarnings } from "../import-warnings";
import { layoutRun, type RunItem, type RunLayout, type TagInfo } from "../inline-run";
import { SegmentCollector } from "../segment-collector";
import type { ImportWarning, SourceSegment } from "../types";
import { CODE_ELEMENTS, HTML_TAG_KINDS, INLINE_ELEMENTS } from "./allowlist";
import { sanitizeImportedTree } from "./sanitize-import";

export type HtmlRunSlot = { from: number; to: number; layout: RunLayout<ElementContent> };

export type HtmlDocument = {
  format: "html";
  language: string;
  source: string;
  segments: SourceSegment[];
  warnings: ImportWarning[];
  tree: Root;
  /** Per parent: the ranges of its children that are runs of inline content. */
  runs: Map<Root | Element, HtmlRunSlot[]>;
  /** Images whose description is a segment: image -> segment id. */
  alts: Map<ElementContent, string>;
};

const OWN_KIND: Record<string, BlockKind> = {
  h1: "heading",
  h2: "heading",
  h3: "heading",
  h4: "heading",
  h5: "heading",
  h6: "heading",
  li: "list_item",
  blockquote: "quote",
  td: "table_cell",
  th: "table_cell",
  caption: "caption",
  figcaption: "caption",
};

export function parseHtmlDocument(source: string, language: string): HtmlDocument {
  const warnings = new ImportWarnings();
  const tree = parseHtml(source);
  sanitizeImportedTree(tree, warnings);
  const collector = new SegmentCollector(language);
  const runs = new Map<Root | Element, HtmlRunSlot[]>();
  const alts = new Map<ElementContent, string>();
  findRuns(tree, "paragraph", { collector, runs, alts, language });
  return {
    format: "html",
    language,
    source,
    segments: collector.segments,
    warnings: warnings.list(),
    tree,
    runs,
    alts,
  };
}

/** A whole page keeps only its body; a fragment is taken as it is. */
function parseHtml(source: string): Root {
  const isPage = /<(html|body|head)[\s>]/i.test(source);
  const root = unified().use(rehypeParse, { fragment: !isPage }).parse(source);
  if (!isPage) return root;
  const html = root.children.find((node): node is Element => node.type === "element" && node.tagName === "html");
  const head = html?.children.find((node): node is Element => node.type === "element" && node.tagName === "head");
  const body = html?.children.find((node): node is Element => node.type === "element" && node.tagName === "body");
  // The head goes through the sanitizer too, so whatever it held is reported as removed.
  return { type: "root", children: [...(head ? [head] : []), ...(body?.children ?? [])] };
}

type Context = {
  collector: SegmentCollector;
  runs: Map<Root | Element, HtmlRunSlot[]>;
  alts: Map<ElementContent, string>;
  language: string;
};

function isPhrasing(node: ElementContent): boolean {
  return node.type === "text" || (node.type === "element" && INLINE_ELEMENTS.has(node.tagName));
}

function findRuns(parent: Root | Element, inherited: BlockKind, context: Context): void {
  if (parent.type === "element" && parent.tagName === "pre") return;
  const kind = parent.type === "element" ? (OWN_KIND[parent.tagName] ?? inherited) : inherited;
  const children = parent.children as ElementContent[];
  const slots: HtmlRunSlot[] = [];
  let index = 0;
  while (index < children.length) {
    const child = children[index]!;
    if (!isPhrasing(child)) {
      if (child.type === "element") findRuns(child, kind, context);
      index++;
      continue;
    }
    let end = index;
    while (end < children.length && isPhrasing(children[end]!)) end++;
    const group = children.slice(index, end);
    if (group.some(hasContent)) slots.push(addRun(group, index, end, kind, context));
    index = end;
  }
  if (slots.length > 0) context.runs.set(parent, slots);
}

function hasContent(node: ElementContent): boolean {
  if (node.type === "text") return node.value.trim() !== "";
  if (node.type !== "element") return false;
  return node.tagName === "img" || node.children.some(hasContent);
}

function addRun(group: ElementContent[], from: number, to: number, kind: BlockKind, context: Context): HtmlRunSlot {
  const images: Element[] = [];
  const items = group.flatMap((node) => flatten(node, images));
  const layout = layoutRun(items, context.language);
  const described = images.map((image) => ({ image, alt: image.properties.alt }));
  for (const [image, id] of context.collector.addBlock(layout, kind, described)) context.alts.set(image, id);
  return { from, to, layout };
}

function flatten(node: ElementContent, images: Element[]): RunItem<ElementContent>[] {
  if (node.type === "text") return [{ type: "text", value: node.value }];
  if (node.type !== "element") return [];
  const name = node.tagName;
  if (name === "br")
    return [{ type: "self", node, role: "break", tag: { kind: "break", paired: false, open: "<br>" } }];
  if (name === "img") {
    images.push(node);
    const attrs = { src: String(node.properties.src ?? ""), alt: String(node.properties.alt ?? "") };
    return [{ type: "self", node, role: "object", tag: { kind: "image", paired: false, open: toHtml(node), attrs } }];
  }
  if (CODE_ELEMENTS.has(name) || name === "wbr") {
    const tag: TagInfo = { kind: name === "wbr" ? "other" : "code", paired: false, open: toHtml(node) };
    if (name !== "wbr") tag.attrs = { code: toString(node) };
    return [{ type: "self", node, role: "object", tag }];
  }
  if (name === "a" && isBareAddress(node)) {
    const href = String(node.properties.href);
    return [
      { type: "self", node, role: "object", tag: { kind: "link", paired: false, open: toHtml(node), attrs: { href } } },
    ];
  }
  const tag = pairedTag(node);
  return [
    { type: "open", node, tag },
    ...node.children.flatMap((child) => flatten(child, images)),
    { type: "close", node },
  ];
}

/** A link showing its own address (like a Markdown autolink): a URL to keep, not words to translate. */
function isBareAddress(element: Element): boolean {
  const href = element.properties.href;
  if (typeof href !== "string") return false;
  const text = toString(element).trim();
  return text !== "" && (text === href || `mailto:${text}` === href);
}

function pairedTag(element: Element): TagInfo {
  const close = `</${element.tagName}>`;
  const empty = toHtml({ ...element, children: [] });
  const open = empty.endsWith(close) ? empty.slice(0, -close.length) : empty;
  const attrs: Record<string, string> = {};
  for (const property of ["href", "title"]) {
    const value = element.properties[property];
    if (typeof value === "string") attrs[property] = value;
  }
  const tag: TagInfo = { kind: HTML_TAG_KINDS[element.tagName] ?? "other", paired: true, open, close };
  if (Object.keys(attrs).length > 0) tag.attrs = attrs;
  return tag;
}
