// Puts translations back into an imported Markdown tree (for HTML output), leaving the source untouched.
import type { Nodes, PhrasingContent, Root } from "mdast";
import { rebuildRun, type RenderContext, type TreeAdapter } from "../rebuild-run";
import { plainText } from "../tagged-text";
import type { MarkdownDocument } from "./markdown-document";

export function rebuildMarkdownTree(document: MarkdownDocument, context: RenderContext): Root {
  const adapter: TreeAdapter<PhrasingContent, PhrasingContent> = {
    text: (value) => ({ type: "text", value }),
    wrap: (node, children) => ({ ...node, children }) as PhrasingContent,
    self: (node) => {
      const altId = document.alts.get(node);
      if (altId === undefined || (node.type !== "image" && node.type !== "imageReference")) return node;
      const alt = context.translate(altId);
      if (alt === undefined) context.problems.push({ segmentId: altId, code: "missing_translation" });
      return { ...node, alt: alt === undefined ? node.alt : plainText(alt) };
    },
  };

  function transform<N extends Nodes>(node: N): N {
    const layout = "children" in node ? document.runs.get(node) : undefined;
    if (layout) return { ...node, children: rebuildRun(layout, context, adapter) };
    if (!("children" in node)) return node;
    return { ...node, children: (node.children as Nodes[]).map(transform) };
  }

  return transform(document.tree);
}
