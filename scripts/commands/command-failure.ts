// Operator commands stop at the first problem with one sentence that says what to do; this carries
// that sentence from deep inside a command to the one place that prints it and sets the exit code.
import type { CommandResult } from "./segment";

export class CommandFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CommandFailure";
  }
}

/** Runs a command body; a CommandFailure becomes exit code 1 with its message, anything else propagates. */
export async function runCommand(body: (out: string[]) => Promise<void> | void): Promise<CommandResult> {
  const out: string[] = [];
  try {
    await body(out);
    return { stdout: lines(out), stderr: "", exitCode: 0 };
  } catch (error) {
    if (!(error instanceof CommandFailure)) throw error;
    return { stdout: lines(out), stderr: `${error.message}\n`, exitCode: 1 };
  }
}

function lines(out: string[]): string {
  return out.length === 0 ? "" : `${out.join("\n")}\n`;
}
