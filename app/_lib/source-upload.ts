import "server-only";
import type { SourceFormat } from "@/db/enums";
import { ValidationError } from "@/lib/errors";
import { message } from "@/lib/validation/message";

const EXTENSION_FORMATS: Record<string, SourceFormat> = {
  md: "markdown",
  markdown: "markdown",
  txt: "markdown",
  html: "html",
  htm: "html",
};

/** Four times the largest source accepted in characters: UTF-8 text of any script fits. */
const MAX_UPLOAD_BYTES = 2_000_000;

/**
 * The source an editor gave: an uploaded .md/.html file (its name says the format) or pasted text
 * with the format they chose. Returned unvalidated: the use-case's schema checks it.
 */
export async function readSourceUpload(formData: FormData): Promise<{ content: unknown; format: unknown }> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) {
    return { content: formData.get("content"), format: formData.get("format") };
  }
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  const format = EXTENSION_FORMATS[extension];
  if (!format) throw new ValidationError({ file: message("validation:sourceFileType") });
  if (file.size > MAX_UPLOAD_BYTES) throw new ValidationError({ file: message("validation:sourceFileTooLarge") });
  try {
    return { content: new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()), format };
  } catch {
    throw new ValidationError({ file: message("validation:sourceFileEncoding") });
  }
}
