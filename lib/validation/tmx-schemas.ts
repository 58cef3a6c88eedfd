import { z } from "zod";
import { CONTENT_LANGUAGES } from "../languages";

/** Units written per transaction: long enough to be fast, short enough that segment saves wait little. */
export const TMX_IMPORT_BATCH = 1_000;
/** The default upload limit of the web import (the command line has none). */
export const TMX_IMPORT_DEFAULT_MAX_MB = 200;
/** File names are kept as the units' origin note; longer ones are cut. */
export const TMX_FILE_NAME_MAX = 200;

const isAsyncIterable = (value: unknown): value is AsyncIterable<Uint8Array | string> =>
  typeof value === "object" && value !== null && Symbol.asyncIterator in value;

/** What an import reads: the file as chunks (a Node Readable, a request body), never the whole file. */
export const importTmxSchema = z.object({
  chunks: z.custom<AsyncIterable<Uint8Array | string>>(isAsyncIterable, { message: "validation:required" }),
  fileName: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z
      .string()
      .trim()
      .transform((name) => name.slice(0, TMX_FILE_NAME_MAX))
      .optional(),
  ),
  /** Bytes after which the import stops and refuses the file (the web upload's limit). */
  maxBytes: z.number().int().positive().optional(),
});
export type ImportTmxInput = z.input<typeof importTmxSchema>;

const pairShape = { sourceLanguage: z.enum(CONTENT_LANGUAGES), targetLanguage: z.enum(CONTENT_LANGUAGES) };

/** A language pair of the memory, as `{ sourceLanguage, targetLanguage }` or as "en-es". */
export const tmxPairSchema = z
  .preprocess((value) => {
    if (typeof value !== "string") return value;
    const [sourceLanguage, targetLanguage, ...rest] = value.trim().toLowerCase().split("-");
    return rest.length === 0 ? { sourceLanguage, targetLanguage } : { sourceLanguage: value };
  }, z.object(pairShape))
  .refine((pair) => pair.sourceLanguage !== pair.targetLanguage, {
    path: ["targetLanguage"],
    message: "tmx:errors.samePair",
  });
export type TmxPairInput = z.input<typeof tmxPairSchema>;

const maxMegabytes = z.coerce.number().int().min(1).max(10_000);

/**
 * The web import's limit in bytes, from TANDEM_TMX_MAX_MB (whole megabytes, 1 to 10,000; default
 * 200). A bad value throws with the variable's name rather than silently using the default.
 */
export function tmxImportMaxBytes(source: Record<string, string | undefined> = process.env): number {
  const raw = source.TANDEM_TMX_MAX_MB;
  if (raw === undefined || raw.trim() === "") return TMX_IMPORT_DEFAULT_MAX_MB * 1_000_000;
  const parsed = maxMegabytes.safeParse(raw);
  if (!parsed.success) throw new Error(`TANDEM_TMX_MAX_MB must be a whole number of megabytes from 1 to 10000.`);
  return parsed.data * 1_000_000;
}
