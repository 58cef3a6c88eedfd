// The segments' text boxes in the page: the editor finds them by id to focus them, insert at their
// caret, and tell which segment is active.

const TEXTAREA_PREFIX = "translation-";

export const textareaId = (segmentId: number) => `${TEXTAREA_PREFIX}${segmentId}`;

export const textareaOf = (segmentId: number) =>
  document.getElementById(textareaId(segmentId)) as HTMLTextAreaElement | null;

/** The segment whose text box `element` is, or null for anything else. */
export function segmentOfTextarea(element: EventTarget | null): number | null {
  if (!(element instanceof HTMLTextAreaElement) || !element.id.startsWith(TEXTAREA_PREFIX)) return null;
  const id = Number(element.id.slice(TEXTAREA_PREFIX.length));
  return Number.isInteger(id) ? id : null;
}
