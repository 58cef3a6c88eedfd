import { z } from "zod";
import { XLIFF_IMPORT_MAX_BYTES } from "../formats/xliff/limits";

export const XLIFF_VERSIONS = ["2.0", "1.2"] as const;
export type XliffVersion = (typeof XLIFF_VERSIONS)[number];

const jobId = z.number().int().positive();

export const xliffExportSchema = z.object({
  jobId,
  /** 2.0 is the current standard; 1.2 is what older CAT tools (and translate-toolkit) read. */
  version: z.enum(XLIFF_VERSIONS).default("2.0"),
});

export const xliffImportSchema = z.object({
  jobId,
  // Characters, not bytes: a UTF-8 file of XLIFF_IMPORT_MAX_BYTES never has more.
  xml: z.string().min(1).max(XLIFF_IMPORT_MAX_BYTES),
});
