// Enumerated lists written inline ("1. The first item 2. The second item", "a. ... b. ...") have no
// terminator between their items. A label starts a new segment when it continues a sequence (the
// previous label of the same kind holds the previous number or letter) whose first label stands where
// a sentence can start. Requiring the sequence keeps "in 2. Then" or "p. 55" from looking like lists.
import { isBullet, isInlineSpace, isNewline, SPACED_TERMINATORS } from "./characters";
import type { ProtectedRange } from "./ranges";

/** A number or lowercase letter with "." / ")" / ".)", or a capital letter with ")", then a space. */
const LABEL = /(?<![^\s•⁃◦▪‣])(?:(\d{1,3})|([a-z])|([A-Z])(?=\)))(\.\)|\.|\))(?=\s)/g;
/** Labels of one list further apart than this are taken to be unrelated. */
const MAX_ITEM_LENGTH = 2000;

type Label = { start: number; end: number; kind: "number" | "lower" | "upper"; value: number };

export type ListLabels = {
  /** Offsets where an item after the first starts (at its bullet, if it has one). */
  boundaries: number[];
  /** The labels of confirmed lists: no sentence ends inside "1.)". */
  labels: ProtectedRange[];
};

function readLabels(text: string): Label[] {
  const labels: Label[] = [];
  for (const match of text.matchAll(LABEL)) {
    const [whole, digits, lower, upper] = match;
    const kind = digits !== undefined ? "number" : lower !== undefined ? "lower" : "upper";
    const value = digits !== undefined ? Number(digits) : (lower ?? upper ?? "").charCodeAt(0);
    labels.push({ start: match.index, end: match.index + whole.length, kind, value });
  }
  return labels;
}

/** A list starts where a sentence can: at the start, after a line break, bullet, colon or terminator. */
function canStartList(text: string, label: Label): boolean {
  let i = label.start - 1;
  while (i >= 0 && isInlineSpace(text[i])) i--;
  const before = text[i];
  return (
    before === undefined ||
    isNewline(before) ||
    isBullet(before) ||
    before === ":" ||
    SPACED_TERMINATORS.includes(before)
  );
}

/** Where the item starts: at the first of the bullets and spaces right before its label. */
function itemStart(text: string, label: Label): number {
  let start = label.start;
  for (let i = label.start - 1; i >= 0 && (isInlineSpace(text[i]) || isBullet(text[i])); i--) {
    if (isBullet(text[i])) start = i;
  }
  return start;
}

export function findListLabels(text: string): ListLabels {
  const boundaries: number[] = [];
  const labels: ProtectedRange[] = [];
  const lastOfKind = new Map<Label["kind"], { label: Label; confirmed: boolean }>();
  for (const label of readLabels(text)) {
    const previous = lastOfKind.get(label.kind);
    const continues =
      previous !== undefined &&
      label.value === previous.label.value + 1 &&
      label.start - previous.label.end <= MAX_ITEM_LENGTH;
    if (continues) {
      if (!previous.confirmed) labels.push({ after: previous.label.start, before: previous.label.end + 1 });
      labels.push({ after: label.start, before: label.end + 1 });
      boundaries.push(itemStart(text, label));
      lastOfKind.set(label.kind, { label, confirmed: true });
    } else if (canStartList(text, label)) {
      lastOfKind.set(label.kind, { label, confirmed: false });
    } else {
      lastOfKind.delete(label.kind);
    }
  }
  return { boundaries, labels };
}
