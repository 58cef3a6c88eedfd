import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/**
 * Runs a use-case for a page. The one place where domain errors become page responses: a thing
 * the user may not see, or that does not exist, is a 404; anything else reaches the error page.
 */
export function forPage<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
