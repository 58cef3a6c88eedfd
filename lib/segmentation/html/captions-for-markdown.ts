// Markdown tables have no caption: before an HTML article is written as Markdown, each table's caption
// becomes a paragraph right above it, so its words are not lost.
import type { Element, ElementContent, Root } from "hast";

export function captionsAsParagraphs<P extends Root | Element>(parent: P): P {
  const children: ElementContent[] = [];
  for (const child of parent.children as ElementContent[]) {
    if (child.type !== "element") {
      children.push(child);
      continue;
    }
    const element = captionsAsParagraphs(child);
    const caption = element.tagName === "table" ? element.children.find(isCaption) : undefined;
    if (caption) {
      children.push({ type: "element", tagName: "p", properties: {}, children: caption.children });
      children.push({ ...element, children: element.children.filter((node) => node !== caption) });
    } else children.push(element);
  }
  return { ...parent, children };
}

function isCaption(node: ElementContent): node is Element {
  return node.type === "element" && node.tagName === "caption";
}
