// A file refused whole. It is a ValidationError on `file` (the first problem), so every place that
// already shows validation errors shows it; `problems` lists every problem found, so a translator
// can fix all broken tags of a file at once instead of one upload per tag.
import { ValidationError } from "../../errors";
import { message, type Message } from "../../validation/message";

/** More problems than this are summed up in one line: nobody fixes a file from a list of a thousand. */
const MAX_LISTED_PROBLEMS = 50;

export class XliffRefusedError extends ValidationError {
  readonly problems: Message[];

  constructor(problems: readonly Message[]) {
    const [first] = problems;
    if (!first) throw new Error("a refused file has at least one problem");
    super({ file: first });
    this.problems =
      problems.length > MAX_LISTED_PROBLEMS
        ? [
            ...problems.slice(0, MAX_LISTED_PROBLEMS),
            message("xliff:refused.more", { count: problems.length - MAX_LISTED_PROBLEMS }),
          ]
        : [...problems];
  }
}

/** Refuses the file for one problem. */
export function refuse(key: string, values?: Message["values"]): never {
  throw new XliffRefusedError([message(`xliff:refused.${key}`, values)]);
}
