// Reads a TMX file as a stream: the chunks go through saxes (a strict XML parser: malformed XML is
// refused with its line and column) one at a time, and each complete <tu> is handed on before the
// next chunk is read. Memory holds one chunk and the <tu>s it completed, never the file.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { message, type Message } from "../../validation/message";
import { TMX_TU_CODE_MAX_CHARS, TMX_TU_MAX_CHARS, TMX_VARIANTS_MAX } from "./limits";
import { AmpersandCheck } from "./ampersand-check";
import { decodeChunks } from "./decode-chunks";
import { TmxFileError } from "./errors";
import { SegmentBuilder, type SegContent } from "./segment-content";

export type TmxHeader = {
  /** As written: a language tag, or "*all*" (any variant may be the source). */
  srclang: string;
  creationtool: string | null;
};

export type TmxVariant = {
  /** The xml:lang as written ("en-US"). */
  language: string;
  /** Null when the <tuv> has no <seg>. */
  content: SegContent | null;
  creationDate?: string;
  changeDate?: string;
};

export type TmxUnit = {
  /** The tu's own source language, overriding the header's. */
  srclang?: string;
  creationDate?: string;
  changeDate?: string;
  variants: TmxVariant[];
  /** Tandem's own `<prop type="x-reviewed">no</prop>`: a unit not approved by a reviewer yet. */
  notReviewed: boolean;
  /** More than TMX_VARIANTS_MAX variants: the extra ones were not kept. */
  tooManyVariants: boolean;
  /** More than TMX_TU_MAX_CHARS characters in all: the variants' texts were dropped. */
  tooLong: boolean;
};

export type TmxItem = { type: "header"; header: TmxHeader } | { type: "tu"; tu: TmxUnit };

export type ReadTmxOptions = {
  /** Called with each chunk's size in bytes before it is parsed; may throw to stop. */
  onBytes?: (bytes: number) => void;
};

/** Written by Tandem's export (write-tmx.ts), read back so a round trip keeps it. */
const REVIEWED_PROP = "x-reviewed";

const ENCODINGS = new Set(["utf-8", "utf8", "utf-16", "utf-16le", "utf-16be", "us-ascii", "ascii"]);

/** Builds header and <tu> items from the parser's events; the reader collects them per chunk. */
class TmxHandler {
  readonly ready: TmxItem[] = [];
  private readonly path: string[] = [];
  private headerSeen = false;
  private tu: TmxUnit | null = null;
  private variant: TmxVariant | null = null;
  private segment: SegmentBuilder | null = null;
  /** Elements open inside the <seg>, so the seg's own close tag is known. */
  private segmentDepth = 0;
  private tuCharacters = 0;
  private tuCodeCharacters = 0;
  /** The text of a <prop type="x-reviewed"> being read. */
  private reviewedProp: string | null = null;

  constructor(private readonly refuse: (reason: string, values?: Message["values"]) => never) {}

  openTag(tag: SaxesTagPlain): void {
    const { name, attributes } = tag;
    const parent = this.path.at(-1);
    this.path.push(name);
    if (this.segment) {
      this.segmentDepth += 1;
      this.segment.open(name, attributes);
      return;
    }
    if (parent === undefined) {
      if (name !== "tmx") this.refuse("tmx:errors.notTmx", { element: name.slice(0, 40) });
      return;
    }
    if (parent === "tmx" && name === "header") return this.openHeader(attributes);
    if (parent === "tmx" && name === "body" && !this.headerSeen) this.refuse("tmx:errors.noHeader");
    if (parent === "body" && name === "tu") {
      this.tu = {
        srclang: attributes.srclang,
        creationDate: attributes.creationdate,
        changeDate: attributes.changedate,
        variants: [],
        notReviewed: false,
        tooManyVariants: false,
        tooLong: false,
      };
      this.tuCharacters = 0;
      this.tuCodeCharacters = 0;
    } else if (parent === "tu" && name === "prop" && attributes.type === REVIEWED_PROP) {
      this.reviewedProp = "";
    } else if (parent === "tu" && name === "tuv" && this.tu) {
      if (this.tu.variants.length >= TMX_VARIANTS_MAX) {
        this.tu.tooManyVariants = true;
        return;
      }
      this.variant = {
        // TMX 1.1 wrote `lang`; 1.3 replaced it with xml:lang.
        language: attributes["xml:lang"] ?? attributes.lang ?? "",
        content: null,
        creationDate: attributes.creationdate,
        changeDate: attributes.changedate,
      };
      this.tu.variants.push(this.variant);
    } else if (parent === "tuv" && name === "seg" && this.variant && this.variant.content === null) {
      this.segment = new SegmentBuilder(TMX_TU_CODE_MAX_CHARS - this.tuCodeCharacters);
      this.segmentDepth = 0;
    }
  }

  closeTag(): void {
    const name = this.path.pop();
    if (this.segment) {
      if (this.segmentDepth > 0) {
        this.segmentDepth -= 1;
        this.segment.close();
        return;
      }
      const content = this.segment.finish();
      this.segment = null;
      this.tuCharacters += content.characters;
      this.tuCodeCharacters += content.codeCharacters;
      if (this.tu && this.tuCharacters > TMX_TU_MAX_CHARS) {
        this.tu.tooLong = true;
        for (const variant of this.tu.variants) variant.content = null;
      } else this.variant!.content = content;
      return;
    }
    if (name === "prop" && this.reviewedProp !== null && this.tu) {
      this.tu.notReviewed = this.reviewedProp.trim() === "no";
      this.reviewedProp = null;
    } else if (name === "tuv") this.variant = null;
    else if (name === "tu" && this.tu) {
      this.ready.push({ type: "tu", tu: this.tu });
      this.tu = null;
    }
  }

  text(value: string): void {
    if (this.segment) this.segment.text(value);
    else if (this.reviewedProp !== null && this.reviewedProp.length < 10) this.reviewedProp += value;
  }

  private openHeader(attributes: Record<string, string>): void {
    const srclang = attributes.srclang?.trim();
    if (!srclang) this.refuse("tmx:errors.noSourceLanguage");
    this.headerSeen = true;
    this.ready.push({ type: "header", header: { srclang, creationtool: attributes.creationtool?.trim() || null } });
  }
}

/** The file's header, then its <tu>s one by one; throws TmxFileError where the file is not TMX. */
export async function* readTmx(
  chunks: AsyncIterable<Uint8Array | string>,
  options: ReadTmxOptions = {},
): AsyncGenerator<TmxItem> {
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  const place = () => ({ line: parser.line, column: parser.column + 1 });
  const refuse = (key: string, values?: Message["values"]): never => {
    throw new TmxFileError(message(key, { ...values, ...place() }));
  };
  const handler = new TmxHandler(refuse);
  parser.on("opentag", (tag) => handler.openTag(tag));
  parser.on("closetag", () => handler.closeTag());
  parser.on("text", (text) => handler.text(text));
  parser.on("cdata", (text) => handler.text(text));
  parser.on("xmldecl", (declaration) => {
    const encoding = declaration.encoding?.toLowerCase();
    if (encoding && !ENCODINGS.has(encoding)) refuse("tmx:errors.encoding", { encoding: encoding.slice(0, 40) });
  });
  parser.on("error", () => refuse("tmx:errors.malformed"));

  let bytes = 0;
  const onBytes = (size: number) => {
    bytes += size;
    options.onBytes?.(size);
  };
  const ampersands = new AmpersandCheck();
  const write = (text: string, final = false) => {
    const problem = ampersands.scan(text, final);
    if (problem) {
      // Text before the "&" first: the parser may find an earlier problem there.
      if (problem.index > 0) parser.write(text.slice(0, problem.index));
      throw new TmxFileError(message("tmx:errors.ampersand", { line: problem.line, column: problem.column }));
    }
    parser.write(text);
  };
  for await (const text of decodeChunks(chunks, onBytes)) {
    write(text);
    yield* handler.ready.splice(0);
  }
  if (bytes === 0) throw new TmxFileError(message("tmx:errors.empty"));
  write("", true);
  parser.close();
  yield* handler.ready.splice(0);
}
