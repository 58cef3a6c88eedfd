// Finds an "&" that starts no character or entity reference: the most common defect of TMX files
// (text exported without escaping). saxes treats everything after such an "&" as an entity name
// until the next ";", so it would report the problem far from its place - at the end of the file
// when no ";" follows - after holding the rest of the file in memory. This check runs on the text
// before the parser and stops at the "&" itself. Comments, CDATA sections, processing instructions
// and the DOCTYPE may hold a literal "&", so they are skipped.

export type Place = { line: number; column: number };
/** Where in the text just scanned the problem is: its place in the file and its index in the slice. */
export type AmpersandProblem = Place & { index: number };

type State = "markup" | "comment" | "cdata" | "pi" | "doctype";

const SKIPPED_UNTIL: Record<"comment" | "cdata" | "pi", string> = { comment: "-->", cdata: "]]>", pi: "?>" };
const OPENERS: [string, State][] = [
  ["<!--", "comment"],
  ["<![CDATA[", "cdata"],
  ["<?", "pi"],
  ["<!DOCTYPE", "doctype"],
];
const LONGEST_OPENER = 9;
/** "&" and a name of up to 64 characters and ";" - far longer than any real entity name. */
const LONGEST_REFERENCE = 66;
const REFERENCE = /^&(?:#[0-9]+|#x[0-9A-Fa-f]+|[^\s&;<>"'#][^\s&;<>"']*);/;
const UNFINISHED_REFERENCE = /^&(?:#[0-9]*|#x[0-9A-Fa-f]*|[^\s&;<>"'#][^\s&;<>"']*)?$/;
const MARKUP_STOP = /[&<]/g;
const DOCTYPE_STOP = /[[\]>]/g;

export class AmpersandCheck {
  private state: State = "markup";
  private doctypeDepth = 0;
  /** Text whose meaning depends on what follows ("&am", "<!-"), carried to the next slice. */
  private pending = "";
  private lines = 0;
  private column = 0;

  /** The first bad "&" of `slice`, or null. `final`: no text follows, so nothing stays undecided. */
  scan(slice: string, final = false): AmpersandProblem | null {
    const text = this.pending + slice;
    let at = 0;
    while (at < text.length) {
      if (this.state === "markup") {
        MARKUP_STOP.lastIndex = at;
        const next = MARKUP_STOP.exec(text)?.index ?? -1;
        if (next < 0) {
          at = text.length;
          break;
        }
        const rest = text.slice(next, next + LONGEST_REFERENCE);
        const undecided = !final && next + LONGEST_REFERENCE > text.length;
        if (text[next] === "&") {
          if (REFERENCE.test(rest)) {
            at = next + 1;
            continue;
          }
          if (undecided && UNFINISHED_REFERENCE.test(rest)) {
            at = next;
            break;
          }
          this.consume(text.slice(0, next));
          return { line: this.lines + 1, column: this.column + 1, index: next - this.pending.length };
        }
        if (undecided && next + LONGEST_OPENER > text.length) {
          at = next;
          break;
        }
        const opener = OPENERS.find(([start]) => text.startsWith(start, next));
        if (opener) {
          this.state = opener[1];
          this.doctypeDepth = 0;
          at = next + opener[0].length;
        } else at = next + 1;
      } else if (this.state === "doctype") {
        // The DOCTYPE ends at the first ">" outside its internal subset ([…]).
        DOCTYPE_STOP.lastIndex = at;
        const stop = DOCTYPE_STOP.exec(text);
        if (!stop) {
          at = text.length;
          break;
        }
        at = stop.index + 1;
        if (stop[0] === "[") this.doctypeDepth += 1;
        else if (stop[0] === "]") this.doctypeDepth -= 1;
        else if (this.doctypeDepth <= 0) this.state = "markup";
      } else {
        const closer = SKIPPED_UNTIL[this.state];
        const end = text.indexOf(closer, at);
        if (end < 0) {
          // The closer may begin at the end of this slice.
          at = Math.max(at, text.length - closer.length + 1);
          break;
        }
        at = end + closer.length;
        this.state = "markup";
      }
    }
    this.consume(text.slice(0, at));
    this.pending = text.slice(at);
    return null;
  }

  private consume(text: string): void {
    let newline = text.indexOf("\n");
    if (newline < 0) {
      this.column += text.length;
      return;
    }
    let last = newline;
    while (newline >= 0) {
      this.lines += 1;
      last = newline;
      newline = text.indexOf("\n", newline + 1);
    }
    this.column = text.length - last - 1;
  }
}
