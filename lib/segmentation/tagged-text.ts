// Segment text with numbered placeholder tags: "See the <1>PlanetGOLD</1> project<2/>."
// Parsing is tolerant: a translation with a missing, unknown or misplaced tag is reported, never thrown,
// so a volunteer's typo can never stop a page from rendering.
import type { InlineTag, RenderProblem } from "./types";

export type TagToken =
  | { type: "text"; value: string }
  | { type: "open"; id: number }
  | { type: "close"; id: number }
  | { type: "self"; id: number };

const TAG_SHAPE = /\\?<(\/?)(\d{1,4})(\/?)>/g;

/**
 * Literal text that happens to look like a placeholder ("<1>") gets a backslash, so it stays text.
 * Rare in prose, but an article about HTML may contain it.
 */
export function escapeLiteralText(text: string): string {
  return text.replace(/<(\/?\d{1,4}\/?)>/g, "\\<$1>");
}

export function openTag(id: number): string {
  return `<${id}>`;
}
export function closeTag(id: number): string {
  return `</${id}>`;
}
export function selfTag(id: number): string {
  return `<${id}/>`;
}

/** The text a reader sees: tags removed, escapes undone. Used for word counts and matching. */
export function plainText(taggedText: string): string {
  return taggedText.replace(TAG_SHAPE, (whole: string, _close: string, _id: string, _self: string) =>
    whole.startsWith("\\") ? whole.slice(1) : "",
  );
}

type Problem = Omit<RenderProblem, "segmentId">;

/**
 * Tokens of a translation, checked against the source segment's tags. Unknown tags become text,
 * duplicates and tags closed out of order are dropped; every such repair is listed in `problems`.
 */
export function parseTaggedText(text: string, tags: readonly InlineTag[]): { tokens: TagToken[]; problems: Problem[] } {
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const raw: TagToken[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  let last = 0;
  const pushText = (value: string) => {
    if (value === "") return;
    const previous = raw.at(-1);
    if (previous?.type === "text") previous.value += value;
    else raw.push({ type: "text", value });
  };

  for (const match of text.matchAll(TAG_SHAPE)) {
    const [whole, slash, digits, selfSlash] = match;
    pushText(text.slice(last, match.index));
    last = match.index + whole.length;
    if (whole.startsWith("\\")) {
      pushText(whole.slice(1));
      continue;
    }
    const id = Number(digits);
    const tag = byId.get(id);
    const type = selfSlash ? "self" : slash ? "close" : "open";
    if (!tag || (tag.paired ? type === "self" : type !== "self") || (slash && selfSlash)) {
      problems.push({ code: "unknown_tag", tagId: id });
      pushText(whole);
      continue;
    }
    const key = `${type}:${id}`;
    if (seen.has(key)) {
      problems.push({ code: "duplicate_tag", tagId: id });
      continue;
    }
    seen.add(key);
    raw.push({ type, id });
  }
  pushText(text.slice(last));

  const present = new Set(raw.filter((token) => token.type !== "text").map((token) => token.id));
  const tokens = balance(raw, problems);
  for (const tag of tags) if (!present.has(tag.id)) problems.push({ code: "missing_tag", tagId: tag.id });
  return { tokens, problems };
}

/** Drops closes without an open, and opens never closed or closed across another tag. */
function balance(raw: TagToken[], problems: Problem[]): TagToken[] {
  const stack: number[] = [];
  const dropped = new Set<number>();
  raw.forEach((token, index) => {
    if (token.type === "open") stack.push(index);
    else if (token.type === "close") {
      const openIndex = stack.at(-1);
      const open = openIndex === undefined ? undefined : raw[openIndex];
      if (open?.type === "open" && open.id === token.id) stack.pop();
      else dropped.add(index);
    }
  });
  for (const index of stack) dropped.add(index);
  const reported = new Set<number>();
  for (const index of dropped) {
    const token = raw[index];
    if (token && token.type !== "text" && !reported.has(token.id)) {
      reported.add(token.id);
      problems.push({ code: "unbalanced_tag", tagId: token.id });
    }
  }
  return raw.filter((_, index) => !dropped.has(index));
}
