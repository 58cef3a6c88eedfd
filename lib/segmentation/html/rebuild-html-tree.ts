// Puts translations back into an imported HTML tree, leaving the source tree untouched.
import type { Element, ElementContent, Root } from "hast";
import { rebuildRun, type RenderContext, type TreeAdapter } from "../rebuild-run";
import { plainText } from "../tagged-text";
import type { HtmlDocument } from "./html-document";

export function rebuildHtmlTree(document: HtmlDocument, context: RenderContext): Root {
  const adapter: TreeAdapter<ElementContent, ElementContent> = {
    text: (value) => ({ type: "text", value }),
    wrap: (node, children) => (node.type === "element" ? { ...node, children } : node),
    self: (node) => {
      const altId = document.alts.get(node);
      if (node.type !== "element" || altId === undefined) return node;
      const alt = context.translate(altId);
      if (alt === undefined) context.problems.push({ segmentId: altId, code: "missing_translation" });
      return {
        ...node,
        properties: { ...node.properties, alt: alt === undefined ? node.properties.alt : plainText(alt) },
      };
    },
  };

  function transform<P extends Root | Element>(parent: P): P {
    const slots = document.runs.get(parent) ?? [];
    const children: ElementContent[] = [];
    const source = parent.children as ElementContent[];
    let slotIndex = 0;
    for (let index = 0; index < source.length;) {
      const slot = slots[slotIndex];
      if (slot && slot.from === index) {
        children.push(...rebuildRun(slot.layout, context, adapter));
        index = slot.to;
        slotIndex++;
        continue;
      }
      const child = source[index]!;
      children.push(child.type === "element" ? transform(child) : child);
      index++;
    }
    return { ...parent, children };
  }

  return transform(document.tree);
}
