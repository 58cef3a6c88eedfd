// Bytes to text, chunk by chunk, for the XML parser. TMX files are UTF-8 or UTF-16 (the standard
// recommends both); the byte order mark, or the first "<" written as two bytes, tells which. A
// character split between two chunks is completed by the next one (TextDecoder's stream mode), and
// bytes that are not text in the encoding stop the import.
import { message } from "../../validation/message";
import { TmxFileError } from "./errors";

type Encoding = "utf-8" | "utf-16le" | "utf-16be";

/** Characters handed to the parser at once: a bounded amount of work between two awaits. */
const SLICE = 64 * 1024;

function detectEncoding(start: Uint8Array): Encoding {
  if (start[0] === 0xff && start[1] === 0xfe) return "utf-16le";
  if (start[0] === 0xfe && start[1] === 0xff) return "utf-16be";
  if (start[0] === 0x3c && start[1] === 0x00) return "utf-16le";
  if (start[0] === 0x00 && start[1] === 0x3c) return "utf-16be";
  return "utf-8";
}

const notText = () => new TmxFileError(message("tmx:errors.notText"));

/**
 * The text of `chunks` in slices of at most 64K characters; `onBytes` hears of every chunk's size
 * before it is decoded (and may throw to stop reading).
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array | string>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let head: Uint8Array = new Uint8Array(0);
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream });
    } catch {
      throw notText();
    }
  };
  let first = true;
  for await (const chunk of chunks) {
    if (typeof chunk === "string") {
      // Text already decoded (a stream with an encoding set): only a byte order mark to drop.
      onBytes(Buffer.byteLength(chunk));
      if (decoder || head.length > 0) throw notText();
      yield* slices(first && chunk.startsWith("\uFEFF") ? chunk.slice(1) : chunk);
      first = false;
      continue;
    }
    first = false;
    onBytes(chunk.byteLength);
    let bytes: Uint8Array = chunk;
    if (!decoder) {
      // Two bytes decide the encoding; a first chunk of one byte waits for the next.
      head = concat(head, chunk);
      if (head.length < 2) continue;
      decoder = new TextDecoder(detectEncoding(head), { fatal: true });
      bytes = head;
      head = new Uint8Array(0);
    }
    yield* slices(decode(bytes, true));
  }
  if (!decoder && head.length > 0) decoder = new TextDecoder("utf-8", { fatal: true });
  if (decoder) yield* slices(decode(head, false));
}

function* slices(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + SLICE);
    // Never split a surrogate pair: the parser would see half a character.
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end += 1;
    yield text.slice(start, end);
    start = end;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
