/**
 * What an administrators' form shows after a submission, with or without JavaScript: nothing yet,
 * the outcome, or the problems to fix. Messages are already in the page's language.
 */
export type FormState =
  | { status: "idle" }
  | { status: "done"; message: string; submission: number }
  | { status: "error"; fields: Record<string, string>; submission: number };

export const IDLE: FormState = { status: "idle" };
