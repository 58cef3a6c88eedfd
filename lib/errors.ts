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

/** The actor may see the thing but not do this to it (a job someone else is translating): 403. */
export class ForbiddenError extends DomainError {
  constructor(readonly reason: Message) {
    super("forbidden", reason.key);
  }
}

/** The request is valid but the thing's state does not allow it now ("already claimed by …"). */
export class WorkflowError extends DomainError {
  constructor(readonly reason: Message) {
    super("workflow", reason.key);
  }
}

/** A save based on an old version: nothing was written; `current` is what the server holds now. */
export class ConflictError<T = unknown> extends DomainError {
  constructor(readonly current: T) {
    super("conflict", "stale version");
  }
}
