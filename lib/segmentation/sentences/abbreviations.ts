// Abbreviation lists, as in SRX exception rules. Entries are written without their final period and
// without inner spaces: "Mr", "e.g", "z.B" (also matches "z. B."), "p.ex".
import { OBJECT_REPLACEMENT } from "./characters";

export type AbbreviationKind =
  /** Never ends a sentence: titles before a name (Mr., Dr.), "e.g.", "z. B.". */
  | "never-final"
  /** Stands before a number (p. 55, No. 5) and ends a sentence only before a sentence starter. */
  | "before-number"
  /** May end a sentence (etc., Inc., U.S.): it does when a typical sentence starter follows. */
  | "ambiguous";

export type AbbreviationLists = {
  neverFinal?: readonly string[];
  beforeNumber?: readonly string[];
  ambiguous?: readonly string[];
};

/** Dotted initialisms nobody lists in full: U.S., E.U., Ph.D., a.m., куб.м. */
const DOTTED = /^(?:\p{L}{1,3}\.)+\p{L}{1,3}$/u;
/**
 * A single capital letter is an initial (Jonas E. Smith). A single lowercase letter is a word in
 * many languages (Russian "я", Spanish "y"), so only the listed ones (p., c.) are abbreviations.
 */
const INITIAL = /^[\p{Lu}\p{Lt}]$/u;

export class AbbreviationTable {
  private readonly kinds = new Map<string, AbbreviationKind>();

  constructor(lists: AbbreviationLists) {
    this.add(lists.ambiguous, "ambiguous");
    this.add(lists.beforeNumber, "before-number");
    this.add(lists.neverFinal, "never-final");
  }

  /**
   * An entry written in lowercase also matches with a capital first letter (a sentence may start
   * with "Etc." or "Ca."); one written with capitals matches only as written, so "Mass." (the state)
   * is not "mass." and "Sun." (the day) is not "sun.". One-letter entries match only as written:
   * "v." (versus) must not make "Henry V." an abbreviation.
   */
  private add(entries: readonly string[] | undefined, kind: AbbreviationKind): void {
    for (const entry of entries ?? []) {
      this.kinds.set(entry, kind);
      if (entry.length > 1 && entry === entry.toLowerCase())
        this.kinds.set(entry.charAt(0).toUpperCase() + entry.slice(1), kind);
    }
  }

  get(token: string): AbbreviationKind | undefined {
    return this.kinds.get(token);
  }
}

/**
 * What the token before a period is, if it is an abbreviation. A one-letter token after a short
 * dotted token is tried first as the end of a spaced abbreviation ("z. B.", "т. е.").
 */
export function abbreviationKind(
  table: AbbreviationTable,
  token: string,
  previousToken: string,
): AbbreviationKind | undefined {
  if (token === "" || token.includes(OBJECT_REPLACEMENT)) return undefined;
  if (previousToken.endsWith(".") && previousToken.length <= 6) {
    const joined = table.get(previousToken + token);
    if (joined !== undefined) return joined;
  }
  const listed = table.get(token);
  if (listed !== undefined) return listed;
  if (token.length <= 12 && (DOTTED.test(token) || INITIAL.test(token))) return "ambiguous";
  return undefined;
}
