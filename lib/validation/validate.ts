// Validates untrusted input with zod and turns its issues into localized-message keys, so schemas
// stay free of English strings and every form gets the same wording for the same problem.
import type { z } from "zod";
import { message, type Message } from "./message";

function describeIssue(issue: z.core.$ZodIssue): Message {
  switch (issue.code) {
    case "invalid_type":
      return message(issue.input === undefined || issue.input === null ? "validation:required" : "validation:invalid");
    case "too_small":
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? message("validation:required")
          : message("validation:tooShort", { count: Number(issue.minimum) });
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return message("validation:chooseAtLeast", { count: Number(issue.minimum) });
      }
      return message("validation:tooSmall", { count: Number(issue.minimum) });
    case "too_big":
      if (issue.origin === "string") return message("validation:tooLong", { count: Number(issue.maximum) });
      if (issue.origin === "array" || issue.origin === "set") {
        return message("validation:chooseAtMost", { count: Number(issue.maximum) });
      }
      return message("validation:tooBig", { count: Number(issue.maximum) });
    case "invalid_format":
      if (issue.format === "email") return message("validation:invalidEmail");
      // A pattern with its own explanation ("validation:slugFormat") says what shape is expected.
      return message(issue.message.startsWith("validation:") ? issue.message : "validation:invalid");
    case "invalid_value":
      return message("validation:invalidChoice");
    case "custom":
      // Custom refinements carry their message key themselves.
      return message(issue.message.includes(":") ? issue.message : "validation:invalid");
    default:
      return message("validation:invalid");
  }
}

/** The first problem of each field, keyed by field name ("form" for problems not tied to a field). */
function fieldMessages(error: z.ZodError): Record<string, Message> {
  const fields: Record<string, Message> = {};
  for (const issue of error.issues) {
    const field = issue.path.length > 0 ? String(issue.path[0]) : "form";
    fields[field] ??= describeIssue(issue);
  }
  return fields;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; fields: Record<string, Message> };

/** Parses untrusted input; on failure, one localizable message per field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  // reportInput: tells "missing" apart from "wrong type" (a file where text was expected).
  const result = schema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, data: result.data } : { ok: false, fields: fieldMessages(result.error) };
}
