// The content of one TMX <seg> as text and tag tokens, built from the parser's events.
// TMX inline elements become Tandem's placeholder tags:
// - <bpt>…<ept> (same `i`) and <hi>…</hi> are a paired tag around text;
// - <ph>, <it> (a tag whose partner is in another segment) and the deprecated <ut> are a
//   self-closing tag.
// What bpt/ept/ph/it/ut contain is the original markup (native code), not text: it is kept beside
// its tag (not in the tagged text, which the segment a match is inserted into fills with its own
// markup), so an export gives CAT tools their formatting back. Each tag gets a key, so the same tag in the other languages of the <tu> gets the same
// number: its `x` attribute when it has one (TMX's way of matching tags across languages), else
// its kind and rank ("the second <ph> without x").
import { TMX_SEGMENT_MAX_CHARS, TMX_TU_CODE_MAX_CHARS } from "./limits";

export type SegToken =
  | { type: "text"; value: string }
  /** `code`: the native code inside the element, unescaped (`<b>`), when it had any. */
  | { type: "open" | "close" | "self"; key: string; code?: string };

type TagToken = Extract<SegToken, { key: string }>;

export type SegContent = {
  tokens: SegToken[];
  /** Characters of text read (native code not counted). */
  characters: number;
  /** Characters of native code kept. */
  codeCharacters: number;
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
  /** The tag whose native code is being read, and that code so far (the parser splits text). */
  private codeTag: TagToken | null = null;
  private code = "";
  /** The code did not fit in the budget: it is dropped whole. */
  private codeOverflow = false;
  private codeCharacters = 0;

  /** `codeBudget`: characters of native code this segment may keep (what its <tu> has left). */
  constructor(private readonly codeBudget = TMX_TU_CODE_MAX_CHARS) {}

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
        this.startCode({ type: "open", key });
        break;
      }
      case "ept": {
        const i = attributes.i?.trim() ?? "";
        const key = this.openKeyOfI.get(i);
        this.openKeyOfI.delete(i);
        this.startCode(key === undefined ? { type: "self", key: this.key(undefined, "ept") } : { type: "close", key });
        break;
      }
      case "ph":
      case "ut":
        this.startCode({ type: "self", key: this.key(x, "ph") });
        break;
      case "it":
        this.startCode({ type: "self", key: this.key(x, `it-${attributes.pos ?? ""}`) });
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
    if (frame?.role === "code") {
      this.codeDepth = 0;
      this.finishCode();
    } else if (frame?.role === "highlight") this.push({ type: "close", key: frame.key });
  }

  text(value: string): void {
    if (this.codeDepth > 0) {
      // Text of a <sub> inside the code is part of that markup (an alt text, a title): kept in it.
      if (this.codeOverflow) return;
      this.code += value;
      if (this.codeCharacters + this.code.length > this.codeBudget) {
        this.codeOverflow = true;
        this.code = "";
      }
      return;
    }
    if (this.tooLong) return;
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
      codeCharacters: this.tooLong ? 0 : this.codeCharacters,
      tooLong: this.tooLong,
    };
  }

  private push(token: SegToken): void {
    if (!this.tooLong) this.tokens.push(token);
  }

  private startCode(token: TagToken): void {
    this.push(token);
    this.codeTag = token;
    this.code = "";
    this.codeOverflow = false;
  }

  private finishCode(): void {
    if (this.codeTag && this.code !== "" && !this.codeOverflow && !this.tooLong) {
      this.codeTag.code = this.code;
      this.codeCharacters += this.code.length;
    }
    this.codeTag = null;
    this.code = "";
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
      ? { type: "self", key: token.type === "close" ? `${token.key}/end` : token.key, code: token.code }
      : token,
  );
}
