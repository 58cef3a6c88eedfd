// The content of one TMX <seg> as text and tag tokens, built from the parser's events.
// TMX inline elements become Tandem's placeholder tags:
// - <bpt>…<ept> (same `i`) and <hi>…</hi> are a paired tag around text;
// - <ph>, <it> (a tag whose partner is in another segment) and the deprecated <ut> are a
//   self-closing tag.
// What bpt/ept/ph/it/ut contain is the original markup (native code), not text: it is not kept,
// because a memory unit stores tagged text only (the segment it is inserted into brings its own
// markup). Each tag gets a key, so the same tag in the other languages of the <tu> gets the same
// number: its `x` attribute when it has one (TMX's way of matching tags across languages), else
// its kind and rank ("the second <ph> without x").
import { TMX_SEGMENT_MAX_CHARS } from "./limits";

export type SegToken = { type: "text"; value: string } | { type: "open" | "close" | "self"; key: string };

export type SegContent = {
  tokens: SegToken[];
  /** Characters of text read (native code not counted). */
  characters: number;
  /** Longer than a memory unit may be: the tokens were dropped. */
  tooLong: boolean;
};

type Frame = { role: "code" } | { role: "highlight"; key: string } | { role: "transparent" };

export class SegmentBuilder {
  private tokens: SegToken[] = [];
  private characters = 0;
  private tooLong = false;
  private readonly frames: Frame[] = [];
  /** Native code nesting: inside it, text and elements (<sub>) are markup, not segment text. */
  private codeDepth = 0;
  private readonly openKeyOfI = new Map<string, string>();
  private readonly keyUses = new Map<string, number>();
  private readonly ranks = new Map<string, number>();

  open(name: string, attributes: Record<string, string>): void {
    if (this.codeDepth > 0) {
      this.codeDepth += 1;
      return;
    }
    const x = attributes.x?.trim();
    switch (name) {
      case "bpt": {
        const key = this.key(x, "bpt");
        if (attributes.i !== undefined) this.openKeyOfI.set(attributes.i.trim(), key);
        this.push({ type: "open", key });
        break;
      }
      case "ept": {
        const i = attributes.i?.trim() ?? "";
        const key = this.openKeyOfI.get(i);
        this.openKeyOfI.delete(i);
        this.push(key === undefined ? { type: "self", key: this.key(undefined, "ept") } : { type: "close", key });
        break;
      }
      case "ph":
      case "ut":
        this.push({ type: "self", key: this.key(x, "ph") });
        break;
      case "it":
        this.push({ type: "self", key: this.key(x, `it-${attributes.pos ?? ""}`) });
        break;
      case "hi": {
        const key = this.key(x, "hi");
        this.push({ type: "open", key });
        this.frames.push({ role: "highlight", key });
        return;
      }
      default:
        // Not TMX inline markup (a stray <sub>, another vocabulary): its text is still the segment's.
        this.frames.push({ role: "transparent" });
        return;
    }
    this.frames.push({ role: "code" });
    this.codeDepth = 1;
  }

  close(): void {
    if (this.codeDepth > 1) {
      this.codeDepth -= 1;
      return;
    }
    const frame = this.frames.pop();
    if (frame?.role === "code") this.codeDepth = 0;
    else if (frame?.role === "highlight") this.push({ type: "close", key: frame.key });
  }

  text(value: string): void {
    if (this.codeDepth > 0 || this.tooLong) return;
    this.characters += value.length;
    if (this.characters > TMX_SEGMENT_MAX_CHARS) {
      this.tooLong = true;
      this.tokens = [];
      return;
    }
    const last = this.tokens.at(-1);
    // The parser splits text at chunk boundaries; one token keeps escaping and spacing simple.
    if (last?.type === "text") last.value += value;
    else this.tokens.push({ type: "text", value });
  }

  finish(): SegContent {
    return {
      tokens: this.tooLong ? [] : balanced(this.tokens),
      characters: this.characters,
      tooLong: this.tooLong,
    };
  }

  private push(token: SegToken): void {
    if (!this.tooLong) this.tokens.push(token);
  }

  /** The tag's key: its x, or its kind and rank; a key met again in this segment gets a suffix. */
  private key(x: string | undefined, kind: string): string {
    let base: string;
    if (x) base = `x:${x}`;
    else {
      const rank = (this.ranks.get(kind) ?? 0) + 1;
      this.ranks.set(kind, rank);
      base = `${kind}:${rank}`;
    }
    const uses = (this.keyUses.get(base) ?? 0) + 1;
    this.keyUses.set(base, uses);
    return uses === 1 ? base : `${base}#${uses}`;
  }
}

/**
 * Tandem's paired tags nest like elements; TMX's bpt/ept may cross or lack a partner. Each paired
 * tag that does not nest becomes self-closing, its two ends two tags (as tagged-text.ts repairs a
 * translation), so no placeholder is lost and the text stays valid.
 */
function balanced(tokens: SegToken[]): SegToken[] {
  const stack: number[] = [];
  const unmatched = new Set<number>();
  tokens.forEach((token, index) => {
    if (token.type === "open") stack.push(index);
    else if (token.type === "close") {
      const top = stack.at(-1);
      if (top !== undefined && (tokens[top] as { key: string }).key === token.key) stack.pop();
      else unmatched.add(index);
    }
  });
  for (const index of stack) unmatched.add(index);
  if (unmatched.size === 0) return tokens;
  return tokens.map((token, index) =>
    unmatched.has(index) && token.type !== "text"
      ? { type: "self", key: token.type === "close" ? `${token.key}/end` : token.key }
      : token,
  );
}
