// A candidate boundary and what the rules need to know about it. Every scan here is bounded (or, for
// the whitespace after the candidate, never scanned twice), which keeps the splitter linear.
import { abbreviationKind, type AbbreviationKind } from "./abbreviations";
import {
  isContent,
  isDigit,
  isLower,
  isOpener,
  isUpper,
  isWhitespace,
  isWordCharacter,
  OBJECT_REPLACEMENT,
  isLetter,
} from "./characters";
import type { LanguageProfile } from "./language-profile";

const MAX_TOKEN = 64;
const MAX_CLUSTER = 32;
const MAX_OPENERS = 8;
const MAX_WORD = 40;
const BEFORE_WINDOW = 64;

export type ClusterKind =
  /** One period: may follow an abbreviation. */
  | "period"
  /** Two or three dots, "…": usually an omission inside the sentence. */
  | "ellipsis"
  /** Four dots or more: a period plus an ellipsis. */
  | "period-and-ellipsis"
  /** Anything else: ! ? ?! 。 ؟ and the like. */
  | "mark";

/** The terminators that end at the candidate ("?!", ". . . ."), spaces and closing quotes left out. */
export type Cluster = {
  start: number;
  /** Offset just after the last terminator (closing marks may follow). */
  end: number;
  marks: string;
  kind: ClusterKind;
  last: string;
};

export type NextKind = "end" | "upper" | "lower" | "uncased" | "digit" | "object" | "other";

/** The first word after the candidate, past whitespace and opening quotes or brackets. */
export type NextWord = {
  /** No whitespace between the candidate and what follows. */
  glued: boolean;
  /** First character after the whitespace (before any opening mark), "" at the end. */
  firstCharacter: string;
  kind: NextKind;
  word: string;
  /** Offset just after `word`. */
  wordEnd: number;
};

function clusterKind(marks: string): ClusterKind {
  if (/[^.．…‥]/.test(marks)) return "mark";
  const dots = [...marks].reduce((sum, mark) => sum + (mark === "…" ? 3 : mark === "‥" ? 2 : 1), 0);
  return dots === 1 ? "period" : dots <= 3 ? "ellipsis" : "period-and-ellipsis";
}

function kindOf(ch: string | undefined): NextKind {
  if (ch === undefined) return "end";
  if (isUpper(ch)) return "upper";
  if (isLower(ch)) return "lower";
  if (isLetter(ch)) return "uncased";
  if (isDigit(ch)) return "digit";
  return ch === OBJECT_REPLACEMENT ? "object" : "other";
}

/** Letters and digits at the core of a token: "(Mr" -> "Mr", "$100.00" -> "100.00". */
function trimLeadingPunctuation(token: string): string {
  let i = 0;
  while (i < token.length && !isContent(token[i])) i++;
  return token.slice(i);
}

/** Everything about the candidate is read on demand: most candidates are settled by the first rules. */
export class Candidate {
  private clusterCache: Cluster | undefined;
  private tokenCache: { token: string; previousToken: string } | undefined;
  private nextCache: NextWord | undefined;
  private abbreviationCache: AbbreviationKind | undefined | null = null;

  constructor(
    readonly text: string,
    /** The boundary being decided: after the terminator and any closing marks. */
    readonly position: number,
    /** Index of the cluster's last terminator. */
    private readonly terminatorIndex: number,
    /** Where the current sentence started: nothing before it is looked at. */
    readonly segmentStart: number,
    readonly profile: LanguageProfile,
    /** Inside a URL, e-mail address, bracket or quotation pair, or a list label. */
    readonly isProtected: boolean,
  ) {}

  get cluster(): Cluster {
    return (this.clusterCache ??= this.readCluster(this.terminatorIndex));
  }

  /** The cluster touches the word before it ("Mr." rather than "period . . ."). */
  get attached(): boolean {
    return this.cluster.start > this.segmentStart && !isWhitespace(this.text[this.cluster.start - 1]);
  }

  /** The word the cluster ends, without leading punctuation ("(Mr." -> "Mr"); "" when not attached. */
  get token(): string {
    return this.readTokens().token;
  }

  /** The word before `token`. */
  get previousToken(): string {
    return this.readTokens().previousToken;
  }

  get next(): NextWord {
    return (this.nextCache ??= this.readNext());
  }

  private readTokens(): { token: string; previousToken: string } {
    if (this.tokenCache === undefined) {
      const { text, segmentStart } = this;
      const [token, tokenStart] = this.attached ? this.readTokenBefore(this.cluster.start) : ["", this.cluster.start];
      let previousEnd = tokenStart;
      while (previousEnd > segmentStart && tokenStart - previousEnd < 8 && isWhitespace(text[previousEnd - 1])) {
        previousEnd--;
      }
      const previous = previousEnd < tokenStart ? this.readTokenBefore(previousEnd)[0] : "";
      this.tokenCache = { token: trimLeadingPunctuation(token), previousToken: trimLeadingPunctuation(previous) };
    }
    return this.tokenCache;
  }

  private readCluster(last: number): Cluster {
    const text = this.text;
    let start = last;
    for (let steps = 0; steps < MAX_CLUSTER && start > this.segmentStart; steps++) {
      if (this.profile.isTerminator(text[start - 1])) start--;
      // Spaced ellipsis: ". . ."
      else if (
        text[start] === "." &&
        text[start - 2] === "." &&
        text[start - 1] === " " &&
        start - 2 >= this.segmentStart
      ) {
        start -= 2;
      } else break;
    }
    const marks = text.slice(start, last + 1).replace(/\s/g, "");
    return { start, end: last + 1, marks, kind: clusterKind(marks), last: text[last] ?? "" };
  }

  private readTokenBefore(end: number): [string, number] {
    let start = end;
    while (start > this.segmentStart && end - start < MAX_TOKEN && !isWhitespace(this.text[start - 1])) start--;
    return [this.text.slice(start, end), start];
  }

  private readNext(): NextWord {
    const text = this.text;
    let i = this.position;
    while (i < text.length && isWhitespace(text[i])) i++;
    const glued = i === this.position && i < text.length;
    const firstCharacter = text[i] ?? "";
    for (let skipped = 0; skipped < MAX_OPENERS && isOpener(text[i]); skipped++) i++;
    const start = i;
    while (i < text.length && i - start < MAX_WORD && isWordCharacter(text[i])) i++;
    return { glued, firstCharacter, kind: kindOf(text[start]), word: text.slice(start, i), wordEnd: i };
  }

  /** The text just before the candidate, for rules written as "before" patterns ending in `$`. */
  get before(): string {
    return this.text.slice(Math.max(this.segmentStart, this.position - BEFORE_WINDOW), this.position);
  }

  /** A terminator that needs no space after it (。！？). */
  get isUnspaced(): boolean {
    return this.profile.unspacedTerminators.includes(this.cluster.last);
  }

  /** The abbreviation the period ends, if it ends one. */
  get abbreviation(): AbbreviationKind | undefined {
    if (this.abbreviationCache === null) {
      this.abbreviationCache =
        this.cluster.kind === "period" && this.attached
          ? abbreviationKind(this.profile.abbreviations, this.token, this.previousToken)
          : undefined;
    }
    return this.abbreviationCache;
  }

  /** The next word is capitalised and is one that typically starts a sentence (The, He, However). */
  get nextIsSentenceStarter(): boolean {
    if (this.next.kind !== "upper") return false;
    const word = this.next.word.split(/['’]/)[0] ?? "";
    return this.profile.sentenceStarters.has(word.toLowerCase());
  }

  /** The current sentence up to the cluster, or undefined when it is longer than `limit`. */
  sentenceSoFar(limit: number): string | undefined {
    if (this.cluster.start - this.segmentStart > limit) return undefined;
    return this.text.slice(this.segmentStart, this.cluster.start).trim();
  }
}
