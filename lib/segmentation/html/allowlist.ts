// What HTML Tandem keeps: one allowlist, used when importing (dropping with a warning) and again when
// rendering a published page (hast-util-sanitize), so both always agree.
import type { Schema } from "hast-util-sanitize";
import type { InlineTagKind } from "@/db/json-shapes";

/** Elements that structure an article. */
export const BLOCK_ELEMENTS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "blockquote",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "figure",
  "figcaption",
  "hr",
  "pre",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "aside",
  "dl",
  "dt",
  "dd",
  "address",
]);

/** Elements inside a sentence; they become inline tags. */
export const INLINE_ELEMENTS = new Set([
  "a",
  "em",
  "i",
  "strong",
  "b",
  "u",
  "s",
  "del",
  "ins",
  "sub",
  "sup",
  "small",
  "mark",
  "abbr",
  "cite",
  "q",
  "code",
  "kbd",
  "samp",
  "var",
  "br",
  "wbr",
  "img",
  "span",
  "time",
  "dfn",
  "bdi",
  "bdo",
]);

/** Inline elements whose content is not translatable (code): a translator moves them whole. */
export const CODE_ELEMENTS = new Set(["code", "kbd", "samp", "var"]);

/** Removed together with their content: active content, forms, embedded documents, page metadata. */
export const DROPPED_WITH_CONTENT = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "form",
  "input",
  "button",
  "select",
  "textarea",
  "option",
  "optgroup",
  "label",
  "fieldset",
  "noscript",
  "template",
  "svg",
  "math",
  "canvas",
  "video",
  "audio",
  "source",
  "track",
  "link",
  "meta",
  "base",
  "title",
  "head",
  "dialog",
  "slot",
  "portal",
  "param",
  "map",
  "area",
]);

const GLOBAL_ATTRIBUTES = ["lang", "dir", "id", "title"];

/** Attributes kept per element, besides the global ones. */
export const ELEMENT_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  img: ["src", "alt", "width", "height"],
  td: ["colSpan", "rowSpan", "headers"],
  th: ["colSpan", "rowSpan", "headers", "scope", "abbr"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  time: ["dateTime"],
  q: ["cite"],
  blockquote: ["cite"],
  del: ["cite", "dateTime"],
  ins: ["cite", "dateTime"],
};

const GLOBAL_PROPERTIES = ["lang", "dir", "id", "title"];

/** URL properties and the schemes each accepts; relative URLs and fragments are always fine. */
export const URL_PROPERTIES: Record<string, string[]> = {
  href: ["http", "https", "mailto"],
  src: ["http", "https"],
  cite: ["http", "https"],
};

export function isAllowedProperty(tagName: string, property: string): boolean {
  return GLOBAL_PROPERTIES.includes(property) || (ELEMENT_ATTRIBUTES[tagName]?.includes(property) ?? false);
}

/** A URL is kept when it is relative, a fragment, or uses one of the property's schemes. */
export function isSafeUrl(property: string, value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) return true;
  return (URL_PROPERTIES[property] ?? []).includes(scheme);
}

/** The same allowlist for hast-util-sanitize, applied to every page Tandem renders. */
export const RENDER_SCHEMA: Schema = {
  tagNames: [...BLOCK_ELEMENTS, ...INLINE_ELEMENTS],
  attributes: {
    "*": GLOBAL_ATTRIBUTES,
    ...Object.fromEntries(Object.entries(ELEMENT_ATTRIBUTES).map(([tag, properties]) => [tag, properties])),
  },
  protocols: URL_PROPERTIES,
  strip: [...DROPPED_WITH_CONTENT],
  clobber: [],
  ancestors: {
    li: ["ol", "ul"],
    tbody: ["table"],
    thead: ["table"],
    tfoot: ["table"],
    tr: ["table"],
    th: ["table"],
    td: ["table"],
    caption: ["table"],
    dt: ["dl"],
    dd: ["dl"],
    figcaption: ["figure"],
  },
};

/** What an inline HTML element is called on a tag chip; the rest are "other" formatting. */
export const HTML_TAG_KINDS: Record<string, InlineTagKind> = {
  a: "link",
  em: "italic",
  i: "italic",
  strong: "bold",
  b: "bold",
  s: "strikethrough",
  del: "strikethrough",
  sup: "superscript",
  sub: "subscript",
  abbr: "abbreviation",
};
