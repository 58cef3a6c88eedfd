// Applies the allowlist to an imported HTML tree, in place, noting everything it removes.
import type { Element, ElementContent, Nodes, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { find, html } from "property-information";
import type { ImportWarnings } from "../import-warnings";
import {
  BLOCK_ELEMENTS,
  DROPPED_WITH_CONTENT,
  INLINE_ELEMENTS,
  isAllowedProperty,
  isSafeUrl,
  URL_PROPERTIES,
} from "./allowlist";

/** Removes what the allowlist does not keep; unknown elements are unwrapped so their text stays. */
export function sanitizeImportedTree(root: Root, warnings: ImportWarnings): void {
  root.children = sanitizeChildren(root.children, warnings) as RootContent[];
}

function sanitizeChildren(children: (RootContent | ElementContent)[], warnings: ImportWarnings): RootContent[] {
  const kept: RootContent[] = [];
  for (const child of children) {
    if (child.type === "comment") {
      warnings.add("removed_comment", "#comment", `<!--${child.value}-->`);
    } else if (child.type === "doctype") {
      // The document type says nothing about the article.
    } else if (child.type === "element") {
      kept.push(...sanitizeElement(child, warnings));
    } else kept.push(child);
  }
  return kept;
}

function sanitizeElement(element: Element, warnings: ImportWarnings): RootContent[] {
  const name = element.tagName;
  if (DROPPED_WITH_CONTENT.has(name)) {
    warnings.add("removed_element", name, excerpt(element));
    return [];
  }
  element.children = sanitizeChildren(element.children, warnings) as ElementContent[];
  if (!BLOCK_ELEMENTS.has(name) && !INLINE_ELEMENTS.has(name)) {
    warnings.add("unwrapped_element", name, excerpt(element));
    return element.children;
  }
  sanitizeProperties(element, warnings, () => excerpt(element));
  // An image without a safe source shows nothing: its description stays as text.
  if (name === "img" && element.properties.src === undefined) {
    const alt = typeof element.properties.alt === "string" ? element.properties.alt : "";
    return alt === "" ? [] : [{ type: "text", value: alt }];
  }
  // A span that lost every attribute carries nothing any more.
  if (name === "span" && Object.keys(element.properties).length === 0) return element.children;
  return [element];
}

/** Removes the attributes the allowlist does not keep for this element, and URLs with unsafe schemes. */
export function sanitizeProperties(element: Element, warnings: ImportWarnings, example: () => string): void {
  for (const [property, value] of Object.entries(element.properties)) {
    if (!isAllowedProperty(element.tagName, property)) {
      warnings.add("removed_attribute", element.tagName, example(), attributeName(property));
      delete element.properties[property];
    } else if (property in URL_PROPERTIES && !isSafeUrl(property, String(value))) {
      warnings.add("unsafe_url", element.tagName, example(), attributeName(property));
      delete element.properties[property];
    }
  }
}

/** hast names properties in camel case (onClick, className); editors know the HTML attribute. */
function attributeName(property: string): string {
  return find(html, property).attribute;
}

/** The element's start tag and the beginning of its text: enough to find it in the source. */
function excerpt(node: Nodes): string {
  const html = node.type === "element" ? toHtml({ ...node, children: node.children.slice(0, 1) }) : toHtml(node);
  return html.length > 120 ? html.slice(0, 120) : html;
}
