// A small page layout for the certificate: paragraphs wrapped to the page's width, aligned to the
// start of the reading direction or centred, words ordered for right-to-left and mixed lines
// (./bidi.ts), new pages as the text needs them. pdfkit's own text layout would wrap and paginate
// too, but only left to right.
import { glyphRunText, leftToRight, resolveDirections, tokensOf, type Direction, type Token } from "./bidi";
import { currentFontObject } from "./embedded-fonts";
import type { FontName } from "./fonts";

export type TextStyle = {
  font: FontName;
  size: number;
  color: string;
  align: "start" | "center";
};

export type Frame = { left: number; right: number; top: number; bottom: number };

/** Line height as a multiple of the font size: room for Arabic marks above and below. */
const LEADING = 1.45;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

export class TextFlow {
  private y: number;
  /** Every font object pdfkit used, for the ligature fix made before the document ends. */
  readonly fontsUsed = new Set<unknown>();

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly direction: Direction,
    private readonly frame: Frame,
    /** Draws what every page has (a border) on each new page. */
    private readonly onNewPage: () => void = () => {},
  ) {
    this.y = frame.top;
  }

  private get width(): number {
    return this.frame.right - this.frame.left;
  }

  /** Moves down by `points`. */
  gap(points: number): void {
    this.y += points;
  }

  /** Selects a style's font, for drawing or for asking what it covers. */
  use(style: Pick<TextStyle, "font" | "size">): void {
    this.doc.font(style.font).fontSize(style.size);
    this.fontsUsed.add(currentFontObject(this.doc));
  }

  /**
   * One paragraph, wrapped at spaces (and inside a word longer than a whole line). Directions are
   * resolved over the whole paragraph, then each line is ordered on its own, as the Unicode
   * algorithm does: a comma ending a line takes its direction from the word that follows it.
   */
  paragraph(text: string, style: TextStyle): void {
    this.use(style);
    this.doc.fillColor(style.color);
    const words = text
      .split(/\s+/u)
      .filter((part) => part !== "")
      .flatMap((part) => this.pieces(part))
      .map(tokensOf);
    const directions = resolveDirections(words.flat(), this.direction);
    const lineHeight = style.size * LEADING;
    let first = 0;
    for (const line of this.wrap(words)) {
      if (this.y + lineHeight > this.frame.bottom) {
        this.newPage();
        // A new page starts with pdfkit's default colour.
        this.doc.fillColor(style.color);
      }
      this.drawLine(line, directions.slice(first, first + line.length), style);
      first += line.length;
      this.y += lineHeight;
    }
  }

  private newPage(): void {
    this.doc.addPage();
    this.onNewPage();
    this.y = this.frame.top;
  }

  /** Width of a token; its direction only mirrors brackets, which keeps the width. */
  private measure(text: string): number {
    return this.doc.widthOfString(glyphRunText(text, "ltr"));
  }

  /** Words longer than the line are cut between characters, so a long title never runs off the page. */
  private pieces(word: string): string[] {
    if (this.measure(word) <= this.width) return [word];
    const pieces: string[] = [];
    let piece = "";
    for (const { segment } of graphemes.segment(word)) {
      if (piece !== "" && this.measure(piece + segment) > this.width) {
        pieces.push(piece);
        piece = "";
      }
      piece += segment;
    }
    return piece === "" ? pieces : [...pieces, piece];
  }

  /** The words' tokens, line by line. */
  private wrap(words: readonly Token[][]): Token[][] {
    const space = this.doc.widthOfString(" ");
    const lines: Token[][] = [];
    let line: Token[] = [];
    let lineWidth = 0;
    for (const tokens of words) {
      const width = this.measure(tokens.map((token) => token.text).join(""));
      if (line.length > 0 && lineWidth + space + width > this.width) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      lineWidth += (line.length > 0 ? space : 0) + width;
      line.push(...tokens);
    }
    if (line.length > 0) lines.push(line);
    return lines;
  }

  /**
   * Places the tokens from the left edge in visual order, then draws them in reading order, so a
   * reader of the PDF's text (copy, search, screen readers) meets them as they are read.
   */
  private drawLine(tokens: readonly Token[], directions: readonly Direction[], style: TextStyle): void {
    const space = this.doc.widthOfString(" ");
    const order = leftToRight(directions, this.direction);
    // Tokens glued in reading order stay glued when they stay neighbours on the line.
    const gapBefore = order.map((index, position) => {
      if (position === 0) return 0;
      const previous = order[position - 1]!;
      const later = Math.max(index, previous);
      return Math.abs(index - previous) === 1 && tokens[later]!.glued ? 0 : space;
    });
    const widths = tokens.map((token) => this.measure(token.text));
    const total = order.reduce((sum, index, position) => sum + gapBefore[position]! + widths[index]!, 0);
    const { left, right } = this.frame;
    let x =
      style.align === "center" ? left + (this.width - total) / 2 : this.direction === "rtl" ? right - total : left;
    const xs = new Array<number>(tokens.length);
    order.forEach((index, position) => {
      x += gapBefore[position]!;
      xs[index] = x;
      x += widths[index]!;
    });
    tokens.forEach((token, index) => {
      this.doc.text(glyphRunText(token.text, directions[index]!), xs[index]!, this.y, { lineBreak: false });
    });
  }
}
