// Numbers the segments of a document in reading order and counts their words.
import type { BlockKind } from "@/db/enums";
import { countWords } from "../text/word-count";
import type { RunLayout, RunPiece } from "./inline-run";
import { escapeLiteralText, plainText } from "./tagged-text";
import type { SourceSegment } from "./types";

export class SegmentCollector {
  readonly segments: SourceSegment[] = [];
  private blocks = 0;

  constructor(private readonly language: string) {}

  /**
   * A block (paragraph, heading, cell...): its sentences, then the descriptions of its images.
   * Returns each described image with the id of its description's segment.
   */
  addBlock<N>(layout: RunLayout<N>, kind: BlockKind, images: { image: N; alt: unknown }[]): Map<N, string> {
    const blockIndex = this.blocks++;
    this.addRun(layout, kind, blockIndex);
    const ids = new Map<N, string>();
    for (const { image, alt } of images) {
      const id = typeof alt === "string" ? this.addAlt(alt, blockIndex) : undefined;
      if (id) ids.set(image, id);
    }
    return ids;
  }

  private addRun<N>(layout: RunLayout<N>, kind: BlockKind, blockIndex: number): void {
    if (layout.body.type === "wrap") this.addRun(layout.body.inner, kind, blockIndex);
    else for (const piece of layout.body.pieces) this.addPiece(piece, kind, blockIndex);
  }

  /** An image description: plain text, translated on its own. Returns the segment id. */
  private addAlt(alt: string, blockIndex: number): string | undefined {
    const text = escapeLiteralText(alt.replace(/[ \t\n\r\f]+/g, " ").trim());
    if (!/\p{L}/u.test(text)) return undefined;
    return this.push({ kind: "image_alt", blockIndex, text, tags: [] });
  }

  private addPiece<N>(piece: RunPiece<N>, kind: BlockKind, blockIndex: number): void {
    if (piece.type === "segment") piece.id = this.push({ kind, blockIndex, text: piece.text, tags: piece.tags });
  }

  private push(segment: Omit<SourceSegment, "id" | "position" | "words">): string {
    const position = this.segments.length;
    const id = `s${position + 1}`;
    this.segments.push({ id, position, ...segment, words: countWords(plainText(segment.text), this.language) });
    return id;
  }
}
