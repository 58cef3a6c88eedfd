import type { InlineTag } from "@/db/json-shapes";
import { closeTag, openTag, selfTag } from "@/lib/segmentation/tagged-text";

/**
 * The text after inserting `tag` at the selection of a text box: a paired tag wraps the selected
 * words (or opens and closes around the caret), a self-closing tag replaces the selection.
 * Returns the new text and where the caret goes.
 */
export function insertTag(
  text: string,
  selection: { start: number; end: number },
  tag: InlineTag,
): { text: string; caret: number } {
  const before = text.slice(0, selection.start);
  const selected = text.slice(selection.start, selection.end);
  const after = text.slice(selection.end);
  if (!tag.paired) {
    const inserted = selfTag(tag.id);
    return { text: before + inserted + after, caret: before.length + inserted.length };
  }
  const open = openTag(tag.id);
  const wrapped = open + selected + closeTag(tag.id);
  return {
    text: before + wrapped + after,
    caret: selected === "" ? before.length + open.length : before.length + wrapped.length,
  };
}

/** Inserts `tag` at a text box's selection, hands the new text on, and puts the caret after the tag. */
export function insertTagInto(element: HTMLTextAreaElement, tag: InlineTag, onText: (text: string) => void): void {
  const { text, caret } = insertTag(element.value, { start: element.selectionStart, end: element.selectionEnd }, tag);
  onText(text);
  // After React has rendered the new value.
  requestAnimationFrame(() => {
    element.focus();
    element.setSelectionRange(caret, caret);
  });
}
