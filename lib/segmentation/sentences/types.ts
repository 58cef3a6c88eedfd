export type SentenceSpan = { start: number; end: number };

export type SplitOptions = {
  /**
   * "break" (default): a newline is a sentence boundary, except an errant newline (preceded by a
   * space/tab and followed by a lowercase letter, as pragmatic_segmenter's cleaner treats it).
   * "space": newlines are plain whitespace (text from PDFs or soft-wrapped prose).
   */
  newlines?: "break" | "space";
};
