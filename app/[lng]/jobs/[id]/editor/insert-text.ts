import { escapeLiteralText } from "@/lib/segmentation/tagged-text";

/**
 * The text after typing `inserted` over the selection of a text box, and where the caret goes (just
 * after it). Words that look like a placeholder tag ("<1>") are escaped, as the source's are, so a
 * glossary translation can never add a tag.
 */
export function insertText(
  text: string,
  selection: { start: number; end: number },
  inserted: string,
): { text: string; caret: number } {
  const safe = escapeLiteralText(inserted);
  const before = text.slice(0, selection.start);
  return { text: before + safe + text.slice(selection.end), caret: before.length + safe.length };
}

/** Inserts `inserted` at a text box's caret (over its selection), hands the new text on, and puts the caret after it. */
export function insertTextInto(element: HTMLTextAreaElement, inserted: string, onText: (text: string) => void): void {
  const { text, caret } = insertText(element.value, { start: element.selectionStart, end: element.selectionEnd }, inserted);
  onText(text);
  // After React has rendered the new value.
  requestAnimationFrame(() => {
    element.focus();
    element.setSelectionRange(caret, caret);
  });
}

/** Replaces a text box's whole text (a memory match), and puts the caret at its end. */
export function replaceTextOf(element: HTMLTextAreaElement, text: string, onText: (text: string) => void): void {
  onText(text);
  requestAnimationFrame(() => {
    element.focus();
    element.setSelectionRange(text.length, text.length);
  });
}
