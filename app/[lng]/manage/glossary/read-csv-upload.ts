import "server-only";
import { ValidationError } from "@/lib/errors";
import { GLOSSARY_IMPORT_MAX_BYTES } from "@/lib/validation/glossary-schemas";
import { message } from "@/lib/validation/message";

/**
 * The bytes of the uploaded glossary file. Its size is checked before it is read into memory; the
 * import use-case decides whether it is text and CSV. (Next.js also caps a server action's body
 * at 1 MB, just above this limit.)
 */
export async function readCsvUpload(formData: FormData): Promise<Uint8Array> {
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) throw new ValidationError({ file: message("validation:required") });
  if (file.size > GLOSSARY_IMPORT_MAX_BYTES) {
    throw new ValidationError({
      file: message("glossary:import.tooLarge", { megabytes: GLOSSARY_IMPORT_MAX_BYTES / 1_000_000 }),
    });
  }
  return new Uint8Array(await file.arrayBuffer());
}
