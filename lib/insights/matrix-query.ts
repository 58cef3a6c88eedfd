// The editor matrix's filters, from the query string of a GET form. Addresses are bookmarked and
// shared: a value that no longer fits (a status renamed, a person gone) is ignored, never an error.
import { z } from "zod";
import { JOB_STATUSES } from "@/db/enums";

export const MATRIX_SEARCH_MAX = 200;
/** The assignee filter's value for jobs nobody holds. */
export const UNASSIGNED = "none";

/** A repeated parameter counts by its first value; an empty one is not set. */
const firstValue = (value: unknown) => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() === "" ? undefined : first;
};
const ignoreInvalid = <T extends z.ZodType>(schema: T) => z.preprocess(firstValue, schema.optional()).catch(undefined);

export const matrixQuerySchema = z
  .object({
    q: ignoreInvalid(
      z
        .string()
        .trim()
        .transform((text) => text.slice(0, MATRIX_SEARCH_MAX)),
    ),
    language: ignoreInvalid(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)),
    status: ignoreInvalid(z.enum(JOB_STATUSES)),
    assignee: ignoreInvalid(
      z.union([
        z.literal(UNASSIGNED),
        z.coerce
          .number()
          .int()
          .positive()
          .max(2 ** 31),
      ]),
    ),
    /** A checkbox: present means on, whatever its value. */
    attention: ignoreInvalid(z.string().transform(() => true)),
  })
  .catch({});

export type MatrixQuery = z.output<typeof matrixQuerySchema>;
