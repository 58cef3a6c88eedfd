import type { z } from "zod";
import { ValidationError } from "../errors";
import { validate } from "./validate";

/** Parses a use-case's untrusted input, or throws a ValidationError before anything is changed. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = validate(schema, input);
  if (!result.ok) throw new ValidationError(result.fields);
  return result.data;
}
