// Two things pdfkit's public API does not offer, done on the font object it keeps for the document
// (`doc._font`, pdfkit 0.20). Both are checked by tests/unit/recognition/certificate-pdf.test.ts,
// which reads the certificate's text back with pdf.js: if pdfkit changes them, that test fails.

type EmbeddedFont = {
  /** The fontkit font. */
  font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean };
  /** Code points of each glyph of the subset, written into the PDF's ToUnicode map when it ends. */
  unicode?: (number[] | undefined)[];
};

const currentFont = (doc: PDFKit.PDFDocument) => (doc as unknown as { _font?: EmbeddedFont })._font;

/** Whether the document's current font can draw every character of `text` (DejaVu has no Chinese, for one). */
export function currentFontCovers(doc: PDFKit.PDFDocument, text: string): boolean {
  const covers = currentFont(doc)?.font?.hasGlyphForCodePoint;
  if (!covers) return true;
  return [...text].every(
    (character) => /\s/u.test(character) || covers.call(currentFont(doc)!.font, character.codePointAt(0)!),
  );
}

const ARABIC = (codePoint: number) => codePoint >= 0x0600 && codePoint <= 0x06ff;

/**
 * Makes Arabic ligatures copy and search as the letters they join. A right-to-left word is drawn
 * in visual order, and readers of PDF text (pdf.js, browsers' viewers) turn it back to logical
 * order by reversing its characters; a ligature glyph maps to several characters, lam-alef "لا",
 * which that reversal would turn into "ال" ("سلام" read back as "سالم"). Mapped in visual order,
 * the reversal puts it right. Called once the text is drawn, before the document ends.
 */
export function mapArabicLigaturesInVisualOrder(fonts: Iterable<unknown>): void {
  for (const candidate of fonts) {
    const unicode = (candidate as EmbeddedFont | undefined)?.unicode;
    if (!Array.isArray(unicode)) continue;
    unicode.forEach((codePoints, glyph) => {
      if (codePoints && codePoints.length > 1 && codePoints.some(ARABIC)) unicode[glyph] = [...codePoints].reverse();
    });
  }
}

/** The font object pdfkit uses now, to hand to mapArabicLigaturesInVisualOrder later. */
export function currentFontObject(doc: PDFKit.PDFDocument): unknown {
  return currentFont(doc);
}
