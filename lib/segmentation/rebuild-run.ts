// Rebuilds a run's tree nodes from translated segments: the inverse of layoutRun.
import type { RunLayout, RunPiece, SegmentPiece } from "./inline-run";
import { parseTaggedText, type TagToken } from "./tagged-text";
import type { RenderProblem } from "./types";

/**
 * How a format builds its output from the source nodes N (mdast or hast): O is a node of a new tree,
 * or a string of Markdown.
 */
export type TreeAdapter<N, O> = {
  text(value: string): O;
  /** A copy of a paired tag's node holding new children. */
  wrap(node: N, children: O[]): O;
  /** A self-closing node as it goes out (an image gets its translated description here). */
  self(node: N): O;
};

/** The translation of a segment, or undefined to fall back to the source text. */
export type TranslationLookup = (segmentId: string) => string | undefined;

/** One rendering: where translations come from, where problems go, how sentences are joined. */
export type RenderContext = {
  translate: TranslationLookup;
  problems: RenderProblem[];
  /**
   * What goes between two sentences of a block, in place of the source's spaces: "" for Chinese and
   * Japanese, " " for other languages; undefined keeps the source's spacing.
   */
  sentenceSeparator?: string;
};

export function rebuildRun<N, O>(layout: RunLayout<N>, context: RenderContext, adapter: TreeAdapter<N, O>): O[] {
  const body: O[] = [];
  if (layout.body.type === "wrap")
    body.push(adapter.wrap(layout.body.node, rebuildRun(layout.body.inner, context, adapter)));
  else {
    const pieces = layout.body.pieces;
    const separator = context.sentenceSeparator;
    pieces.forEach((piece, index) => {
      const previous = pieces[index - 1];
      if (separator !== undefined) {
        const betweenSentences = previous?.type === "segment" && pieces[index + 1]?.type === "segment";
        if (piece.type === "gap" && betweenSentences && isSpace(piece)) {
          if (separator !== "") body.push(adapter.text(separator));
          return;
        }
        // Sentences the source wrote without a space (Chinese) need one in a spaced language.
        if (piece.type === "segment" && previous?.type === "segment" && separator !== "") {
          body.push(adapter.text(separator));
        }
      }
      body.push(...rebuildPiece(piece, context, adapter));
    });
  }
  return [...build(layout.lead, adapter), ...body, ...build(layout.trail, adapter)];
}

function isSpace<N>(piece: RunPiece<N>): boolean {
  return piece.items.every((item) => item.type === "text" && item.value.trim() === "");
}

function rebuildPiece<N, O>(piece: RunPiece<N>, context: RenderContext, adapter: TreeAdapter<N, O>): O[] {
  if (piece.type === "gap") return build(piece.items, adapter);
  const translation = context.translate(piece.id);
  if (translation === undefined) {
    context.problems.push({ segmentId: piece.id, code: "missing_translation" });
    return build(piece.items, adapter);
  }
  const parsed = parseTaggedText(translation, piece.tags);
  for (const problem of parsed.problems) context.problems.push({ segmentId: piece.id, ...problem });
  return tokensToNodes(withMissingObjects(parsed.tokens, piece), piece, adapter);
}

/** An image or a piece of code left out of a translation is put back at its end: reported, never lost. */
function withMissingObjects<N>(tokens: TagToken[], piece: SegmentPiece<N>): TagToken[] {
  const present = new Set(tokens.flatMap((token) => (token.type === "self" ? [token.id] : [])));
  const missing = piece.tags.filter((tag) => !tag.paired && tag.kind !== "break" && !present.has(tag.id));
  if (missing.length === 0) return tokens;
  return [
    ...tokens,
    ...missing.flatMap((tag): TagToken[] => [
      { type: "text", value: " " },
      { type: "self", id: tag.id },
    ]),
  ];
}

type BuildStep<N> = { type: "text"; value: string } | { type: "open" | "self"; node: N } | { type: "close" };

function tokensToNodes<N, O>(tokens: TagToken[], piece: SegmentPiece<N>, adapter: TreeAdapter<N, O>): O[] {
  return build(
    tokens.map((token): BuildStep<N> => {
      if (token.type === "text" || token.type === "close") return token;
      return { type: token.type, node: piece.nodes.get(token.id)! };
    }),
    adapter,
  );
}

/** Nests the steps into nodes; a close with nothing open is ignored, anything left open is closed at the end. */
function build<N, O>(steps: BuildStep<N>[], adapter: TreeAdapter<N, O>): O[] {
  const stack: { node: N | undefined; children: O[] }[] = [{ node: undefined, children: [] }];
  const closeTop = () => {
    const done = stack.pop()!;
    stack.at(-1)!.children.push(adapter.wrap(done.node!, done.children));
  };
  for (const step of steps) {
    const top = stack.at(-1)!;
    if (step.type === "text") top.children.push(adapter.text(step.value));
    else if (step.type === "self") top.children.push(adapter.self(step.node));
    else if (step.type === "open") stack.push({ node: step.node, children: [] });
    else if (stack.length > 1) closeTop();
  }
  while (stack.length > 1) closeTop();
  return stack[0]!.children;
}
