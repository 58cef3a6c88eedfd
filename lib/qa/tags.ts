// The tag checks. Tags carry links and formatting back into the published page, so every problem
// here is an error: a translation with a lost or crossed tag cannot be reassembled faithfully.
// Moving tags is legal (word order differs between languages) as long as each tag keeps the tag it
// sits inside; what is illegal is crossing (<1>a<2>b</1>c</2>) or leaving the enclosing tag.
import type { InlineTag } from "@/db/json-shapes";
import { message, type Message } from "../validation/message";
import type { PreparedSegment, QaCheck } from "./types";

// Same shape as lib/segmentation/tagged-text.ts: "<1>", "</1>", "<2/>", and "\<1>" for literal text.
const TAG_SHAPE = /\\?<(\/?)(\d{1,4})(\/?)>/g;
const LOOKS_LIKE_TAG = /<\/?\d{1,4}\/?>/;

type Token = { type: "open" | "close" | "self"; id: number };

export type TagFindings = {
  missing: Message[];
  extra: Message[];
  unbalanced: Message[];
  nesting: Message[];
};

/** The tags of a text in order, with what is not a usable tag reported as extra (once per tag and problem). */
function tokenize(text: string, byId: ReadonlyMap<number, InlineTag>, extra: Message[]): Token[] {
  const tokens: Token[] = [];
  const seen = new Set<string>();
  const report = (problem: "unknown" | "wrongForm" | "duplicate", id: number, values: Message["values"]) => {
    if (seen.has(`${problem}:${id}`)) return;
    seen.add(`${problem}:${id}`);
    extra.push(message(`qa:tag_extra.${problem}`, values));
  };
  for (const match of text.matchAll(TAG_SHAPE)) {
    const [whole, slash, digits, selfSlash] = match;
    if (whole.startsWith("\\")) continue;
    const id = Number(digits);
    const tag = byId.get(id);
    const type = selfSlash ? (slash ? undefined : "self") : slash ? "close" : "open";
    if (!tag) report("unknown", id, { tag: id });
    else if (type === undefined || (tag.paired ? type === "self" : type !== "self")) {
      report("wrongForm", id, { tag: id, expected: tag.paired ? `<${id}>…</${id}>` : `<${id}/>` });
    } else if (seen.has(`${type}:${id}`)) report("duplicate", id, { tag: id });
    else {
      seen.add(`${type}:${id}`);
      tokens.push({ type, id });
    }
  }
  return tokens;
}

/**
 * The paired tag each tag sits inside (0 = none), for the tags in `usable`. Crossed closes are
 * reported and the crossed tag is taken off the stack so the rest can still be judged.
 */
function parents(tokens: readonly Token[], usable: ReadonlySet<number>, crossed?: (id: number, other: number) => void) {
  const parentOf = new Map<number, number>();
  const stack: number[] = [];
  for (const token of tokens) {
    if (!usable.has(token.id)) continue;
    if (token.type === "close") {
      const top = stack.at(-1);
      if (top !== token.id && top !== undefined) crossed?.(token.id, top);
      const at = stack.lastIndexOf(token.id);
      if (at >= 0) stack.splice(at, 1);
      continue;
    }
    parentOf.set(token.id, stack.at(-1) ?? 0);
    if (token.type === "open") stack.push(token.id);
  }
  return parentOf;
}

/** Everything wrong with the target's tags compared with the source's. */
export function tagFindings(source: string, target: string, tags: readonly InlineTag[]): TagFindings {
  const findings: TagFindings = { missing: [], extra: [], unbalanced: [], nesting: [] };
  if (tags.length === 0 && !LOOKS_LIKE_TAG.test(target)) return findings;
  const byId = new Map(tags.map((tag) => [tag.id, tag]));
  const tokens = tokenize(target, byId, findings.extra);
  const position = (type: Token["type"], id: number) => tokens.findIndex((t) => t.type === type && t.id === id);

  const usable = new Set<number>();
  for (const tag of tags) {
    if (!tag.paired) {
      if (position("self", tag.id) < 0) findings.missing.push(message("qa:tag_missing.missing", { tag: tag.id }));
      else usable.add(tag.id);
      continue;
    }
    const open = position("open", tag.id);
    const close = position("close", tag.id);
    if (open < 0 && close < 0) findings.missing.push(message("qa:tag_missing.missing", { tag: tag.id }));
    else if (close < 0) findings.unbalanced.push(message("qa:tag_unbalanced.notClosed", { tag: tag.id }));
    else if (open < 0) findings.unbalanced.push(message("qa:tag_unbalanced.notOpened", { tag: tag.id }));
    else if (close < open) findings.unbalanced.push(message("qa:tag_unbalanced.closedBeforeOpened", { tag: tag.id }));
    else usable.add(tag.id);
  }

  const crossedTags = new Set<number>();
  const targetParents = parents(tokens, usable, (id, other) => {
    crossedTags.add(id).add(other);
    findings.nesting.push(message("qa:tag_nesting.crossing", { tag: id, other }));
  });
  const sourceTokens = tokenize(source, byId, []);
  const sourceParents = parents(sourceTokens, new Set(tags.map((tag) => tag.id)));
  for (const tag of tags) {
    // A line break carries no formatting: it may move in or out of a tag freely.
    if (tag.kind === "break" || !usable.has(tag.id) || crossedTags.has(tag.id)) continue;
    const was = sourceParents.get(tag.id) ?? 0;
    const now = targetParents.get(tag.id) ?? 0;
    // When the enclosing tag itself is broken, that error is the one to fix first.
    if (was === now || (was !== 0 && (!usable.has(was) || crossedTags.has(was)))) continue;
    findings.nesting.push(
      was === 0
        ? message("qa:tag_nesting.movedInside", { tag: tag.id, parent: now })
        : message("qa:tag_nesting.movedOutside", { tag: tag.id, parent: was }),
    );
  }
  return findings;
}

// The four tag checks share one analysis per segment.
const analysed = new WeakMap<PreparedSegment, TagFindings>();
function findingsOf(segment: PreparedSegment): TagFindings {
  let findings = analysed.get(segment);
  if (!findings) {
    findings = tagFindings(segment.source, segment.target, segment.tags);
    analysed.set(segment, findings);
  }
  return findings;
}

export const tagMissingCheck: QaCheck = {
  id: "tag_missing",
  severity: "error",
  run: (segment) => findingsOf(segment).missing,
};
export const tagExtraCheck: QaCheck = {
  id: "tag_extra",
  severity: "error",
  run: (segment) => findingsOf(segment).extra,
};
export const tagUnbalancedCheck: QaCheck = {
  id: "tag_unbalanced",
  severity: "error",
  run: (segment) => findingsOf(segment).unbalanced,
};
export const tagNestingCheck: QaCheck = {
  id: "tag_nesting",
  severity: "error",
  run: (segment) => findingsOf(segment).nesting,
};
