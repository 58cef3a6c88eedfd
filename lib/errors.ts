// Typed domain errors. Use-cases throw them; app/ maps each to one HTTP status or localized message
// (app/_lib/domain-error-response.ts), so no page decides that on its own.
import type { Message } from "./validation/message";

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? code);
    this.name = new.target.name;
  }
}

/** The thing does not exist, or the actor may not see it: both answer 404, so existence is not leaked. */
export class NotFoundError extends DomainError {
  constructor(what = "resource") {
    super("not_found", `${what} not found`);
  }
}

/** Input that crosses a trust boundary failed validation; nothing was changed. */
export class ValidationError extends DomainError {
  constructor(readonly fields: Record<string, Message>) {
    super("invalid_input", `invalid input: ${Object.keys(fields).join(", ")}`);
  }
}
