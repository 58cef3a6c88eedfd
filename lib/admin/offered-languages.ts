import type { Tx } from "@/db/client";
import { offeredLanguages } from "./settings";
import { ValidationError } from "../errors";
import { message } from "../validation/message";

/**
 * Refuses target languages administrators do not offer at the moment. Checked inside the caller's
 * transaction, so a language withdrawn while an editor's form was open is still refused.
 */
export function assertOffered(tx: Tx, targetLanguages: readonly string[]): void {
  const offered: readonly string[] = offeredLanguages(tx);
  if (targetLanguages.some((language) => !offered.includes(language))) {
    throw new ValidationError({ targetLanguages: message("manage:languageNotOffered") });
  }
}
