// Imports a Markdown article (CommonMark + GFM through remark) and finds the runs of inline content
// that become segments: paragraphs, headings and table cells.
import type { Image, ImageReference, Nodes, Parent, Parents, PhrasingContent, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { BlockKind } from "@/db/enums";
import { ImportWarnings } from "../import-warnings";
import { layoutRun, type RunItem, type RunLayout, type TagInfo } from "../inline-run";
import { SegmentCollector } from "../segment-collector";
import type { ImportWarning, InlineTagKind, SourceSegment } from "../types";
import { HTML_TAG_KINDS } from "../html/allowlist";
import { pairInlineHtml, warnAboutHtmlBlock } from "./raw-html";

export type MarkdownDocument = {
  format: "markdown";
  language: string;
  source: string;
  segments: SourceSegment[];
  warnings: ImportWarning[];
  /** The tree without the raw HTML the importer dropped. */
  tree: Root;
  runs: Map<Parent, RunLayout<PhrasingContent>>;
  alts: Map<PhrasingContent, string>;
  /** Each tag node's original markup, for writing Markdown back exactly as it was. */
  markup: Map<PhrasingContent, TagInfo>;
  /** Source ranges of the HTML blocks the importer dropped. */
  removed: { start: number; end: number }[];
};

const OWN_KIND: Partial<Record<Nodes["type"], BlockKind>> = {
  heading: "heading",
  tableCell: "table_cell",
  listItem: "list_item",
  blockquote: "quote",
};

const TAG_KIND: Partial<Record<PhrasingContent["type"], InlineTagKind>> = {
  emphasis: "italic",
  strong: "bold",
  delete: "strikethrough",
  link: "link",
  linkReference: "link",
};

export function parseMarkdownDocument(source: string, language: string): MarkdownDocument {
  const warnings = new ImportWarnings();
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source);
  const document: MarkdownDocument = {
    format: "markdown",
    language,
    source,
    segments: [],
    warnings: [],
    tree,
    runs: new Map(),
    alts: new Map(),
    markup: new Map(),
    removed: [],
  };
  const collector = new SegmentCollector(language);
  walk(tree, "paragraph", { document, collector, warnings });
  document.segments = collector.segments;
  document.warnings = warnings.list();
  return document;
}

type Context = { document: MarkdownDocument; collector: SegmentCollector; warnings: ImportWarnings };

function walk(parent: Parents, inherited: BlockKind, context: Context): void {
  const kind = OWN_KIND[parent.type as Nodes["type"]] ?? inherited;
  if (parent.type === "paragraph" || parent.type === "heading" || parent.type === "tableCell") {
    addRun(parent, kind, context);
    return;
  }
  const children = parent.children as Nodes[];
  const kept = children.filter((child) => {
    if (child.type !== "html") return true;
    warnAboutHtmlBlock(child, context.warnings);
    const { start, end } = child.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined) {
      context.document.removed.push({ start: start.offset, end: end.offset });
    }
    return false;
  });
  (parent as Parent).children = kept as Parent["children"];
  for (const child of kept) if ("children" in child) walk(child, kind, context);
}

function addRun(container: Parent, kind: BlockKind, context: Context): void {
  container.children = pairInlineHtml(container.children as PhrasingContent[], context.warnings);
  if (container.children.length === 0) return;
  const images: (Image | ImageReference)[] = [];
  const items = flattenAll(container.children as PhrasingContent[], images, context.document);
  const layout = layoutRun(items, context.document.language);
  context.document.runs.set(container, layout);
  const described = images.map((image) => ({ image: image as PhrasingContent, alt: image.alt }));
  for (const [image, id] of context.collector.addBlock(layout, kind, described)) context.document.alts.set(image, id);
}

function offsets(node: Nodes | undefined): { start: number; end: number } {
  return { start: node?.position?.start.offset ?? 0, end: node?.position?.end.offset ?? 0 };
}

function flattenAll(
  nodes: PhrasingContent[],
  images: (Image | ImageReference)[],
  document: MarkdownDocument,
): RunItem<PhrasingContent>[] {
  const items = nodes.flatMap((node) => flatten(node, images, document));
  // A hard break's markup runs to the next line's text, so the line's prefix ("> ", list indent) stays.
  nodes.forEach((node, index) => {
    const next = nodes[index + 1];
    const tag = document.markup.get(node);
    if (node.type === "break" && next && tag)
      tag.open = document.source.slice(offsets(node).start, offsets(next).start);
  });
  return items;
}

function flatten(
  node: PhrasingContent,
  images: (Image | ImageReference)[],
  document: MarkdownDocument,
): RunItem<PhrasingContent>[] {
  const { start, end } = offsets(node);
  const raw = document.source.slice(start, end);
  const self = (tag: TagInfo, role: "break" | "object" = "object"): RunItem<PhrasingContent>[] => {
    document.markup.set(node, tag);
    return [{ type: "self", node, role, tag }];
  };
  const paired = (tag: TagInfo): RunItem<PhrasingContent>[] => {
    const children = (node as Extract<PhrasingContent, { children: unknown }>).children;
    document.markup.set(node, tag);
    return [{ type: "open", node, tag }, ...flattenAll(children, images, document), { type: "close", node }];
  };

  switch (node.type) {
    case "text":
      return [{ type: "text", value: node.value }];
    case "break":
      return self({ kind: "break", paired: false, open: raw }, "break");
    case "inlineCode":
      return self({ kind: "code", paired: false, open: raw, attrs: { code: node.value } });
    case "image":
    case "imageReference":
      images.push(node);
      return self({ kind: "image", paired: false, open: raw, attrs: { alt: node.alt ?? "" } });
    case "tandemInlineHtml": {
      if (node.close === "") {
        const isBreak = node.tagName === "br";
        return self({ kind: isBreak ? "break" : "other", paired: false, open: raw }, isBreak ? "break" : "object");
      }
      if (node.tagName === "code" || node.tagName === "kbd") return self({ kind: "code", paired: false, open: raw });
      const kind = HTML_TAG_KINDS[node.tagName] ?? "other";
      return paired({ kind, paired: true, open: node.open, close: node.close });
    }
    case "link":
      // An autolink (<https://…> or a bare www.… address) is a URL, not words to translate.
      if (raw.startsWith("<") || raw === toString(node)) {
        return self({ kind: "link", paired: false, open: raw, attrs: { href: node.url } });
      }
      break;
    default:
      break;
  }
  if (!("children" in node) || node.children.length === 0) return self({ kind: "other", paired: false, open: raw });
  const inner = { start: offsets(node.children[0]).start, end: offsets(node.children.at(-1)).end };
  const tag: TagInfo = {
    kind: TAG_KIND[node.type] ?? "other",
    paired: true,
    open: document.source.slice(start, inner.start),
    close: document.source.slice(inner.end, end),
  };
  if (node.type === "link") tag.attrs = node.title ? { href: node.url, title: node.title } : { href: node.url };
  return paired(tag);
}
