// The bytes of an uploaded XLIFF file as text. XML files say their encoding with a byte-order mark:
// UTF-8 is the usual one, but some CAT tools (older Trados versions among them) write UTF-16.
import { XLIFF_IMPORT_MAX_BYTES } from "./limits";
import { refuse } from "./refusal";

function encodingOf(bytes: Uint8Array): "utf-8" | "utf-16le" | "utf-16be" {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** The file's text, its byte-order mark removed; refuses a file too large or not text in its encoding. */
export function decodeXliff(bytes: Uint8Array): string {
  if (bytes.byteLength > XLIFF_IMPORT_MAX_BYTES) refuse("tooLarge", { megabytes: XLIFF_IMPORT_MAX_BYTES / 1_000_000 });
  try {
    return new TextDecoder(encodingOf(bytes), { fatal: true }).decode(bytes);
  } catch {
    return refuse("notText");
  }
}
