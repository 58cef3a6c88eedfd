// Word-level difference between two versions of a sentence, for showing a translator what changed
// in an updated source. Pure: no DOM, no framework; the UI renders the parts.

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/**
 * Segments are sentences of well under 200 tokens. Past this many tokens on either side the LCS
 * table (n × m cells) would cost more than the diff is worth, so the whole text is shown as
 * replaced instead.
 */
export const WORD_DIFF_MAX_TOKENS = 2000;

/** Inline placeholder tags (`<1>`, `</1>`, `<2/>`): one token each, so a moved tag reads as one change. */
const PLACEHOLDER = /<\/?\d+\/?>/g;
const WHITESPACE = /^\s+$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string | undefined): Intl.Segmenter {
  const key = language ?? "";
  let segmenter = segmenters.get(key);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: "word" });
    } catch {
      // A malformed language tag must not break the page that shows the diff: use the default rules.
      segmenter = new Intl.Segmenter(undefined, { granularity: "word" });
    }
    segmenters.set(key, segmenter);
  }
  return segmenter;
}

/**
 * Words, whitespace runs and punctuation as the language's own rules split them (Intl.Segmenter
 * finds word boundaries in Chinese and Japanese, which have no spaces). Adjacent whitespace is one
 * token, so "a \n b" and "a b" differ in one token, not three.
 */
function tokenize(text: string, language: string | undefined): string[] {
  const tokens: string[] = [];
  const push = (token: string) => {
    const last = tokens.length - 1;
    if (last >= 0 && WHITESPACE.test(token) && WHITESPACE.test(tokens[last]!)) tokens[last] += token;
    else tokens.push(token);
  };
  const segmenter = segmenterFor(language);
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    for (const part of segmenter.segment(text.slice(from, match.index))) push(part.segment);
    push(match[0]);
    from = match.index + match[0].length;
  }
  for (const part of segmenter.segment(text.slice(from))) push(part.segment);
  return tokens;
}

/** Any whitespace equals any other: a re-wrapped line or a doubled space is not a change worth showing. */
const tokenKey = (token: string) => (WHITESPACE.test(token) ? " " : token);

type Op = { kind: DiffPart["kind"]; text: string };

/** Longest common subsequence of two token lists, as a sequence of per-token operations. */
function lcsOps(before: string[], after: string[]): Op[] {
  // Compare small integers instead of strings in the n × m loop.
  const ids = new Map<string, number>();
  const idOf = (token: string) => {
    const key = tokenKey(token);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    return id;
  };
  const a = before.map(idOf);
  const b = after.map(idOf);
  const n = a.length;
  const m = b.length;
  // lengths[i * (m + 1) + j]: LCS length of a[i..] and b[j..].
  const width = m + 1;
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      // The text shown as unchanged is the new one: it is what the segment reads now.
      ops.push({ kind: "same", text: after[j]! });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j]! >= lengths[i * width + j + 1]!) {
      ops.push({ kind: "removed", text: before[i]! });
      i++;
    } else {
      ops.push({ kind: "added", text: after[j]! });
      j++;
    }
  }
  for (; i < n; i++) ops.push({ kind: "removed", text: before[i]! });
  for (; j < m; j++) ops.push({ kind: "added", text: after[j]! });
  return ops;
}

/**
 * Turns per-token operations into readable parts: a lone space kept between two changed words is
 * folded into the change ("big red" → "small blue" is one replacement, not two); each change
 * region shows everything removed, then everything added; a region that only changes whitespace
 * is shown as unchanged.
 */
function toParts(ops: Op[]): DiffPart[] {
  const isChange = (op: Op | undefined) => op !== undefined && op.kind !== "same";
  const folded = ops.flatMap((op, index): Op[] =>
    op.kind === "same" && WHITESPACE.test(op.text) && isChange(ops[index - 1]) && isChange(ops[index + 1])
      ? [
          { kind: "removed", text: op.text },
          { kind: "added", text: op.text },
        ]
      : [op],
  );

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let removed = "";
  let added = "";
  const flush = () => {
    if (WHITESPACE.test(removed + added) || removed + added === "") {
      push("same", added);
    } else {
      push("removed", removed);
      push("added", added);
    }
    removed = "";
    added = "";
  };
  for (const op of folded) {
    if (op.kind === "removed") removed += op.text;
    else if (op.kind === "added") added += op.text;
    else {
      flush();
      push("same", op.text);
    }
  }
  flush();
  return parts;
}

/**
 * The word-level difference from `before` to `after`, tokenized by the rules of `language` (a BCP 47
 * tag; the runtime's default when absent). Joining the "same" and "added" parts gives `after`
 * exactly; joining "same" and "removed" gives `before` up to whitespace, which is not diffed.
 * Identical texts give one "same" part; two empty texts give none.
 */
export function wordDiff(before: string, after: string, language?: string): DiffPart[] {
  if (before === after) return before === "" ? [] : [{ kind: "same", text: after }];
  const a = tokenize(before, language);
  const b = tokenize(after, language);
  if (a.length > WORD_DIFF_MAX_TOKENS || b.length > WORD_DIFF_MAX_TOKENS) {
    return toParts([
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ]);
  }
  // Common ends are unchanged: matching them first keeps the LCS table to the part that differs.
  let start = 0;
  while (start < a.length && start < b.length && tokenKey(a[start]!) === tokenKey(b[start]!)) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    tokenKey(a[a.length - 1 - end]!) === tokenKey(b[b.length - 1 - end]!)
  ) {
    end++;
  }
  const same = (tokens: string[]): Op[] => tokens.map((text) => ({ kind: "same", text }));
  return toParts([
    ...same(b.slice(0, start)),
    ...lcsOps(a.slice(start, a.length - end), b.slice(start, b.length - end)),
    ...same(b.slice(b.length - end)),
  ]);
}
