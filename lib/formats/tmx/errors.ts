// Why a TMX file is refused, as data (a message key with the place in the file), so the web page
// shows it in the reader's language and the command line in English.
import { ValidationError } from "../../errors";
import type { Message } from "../../validation/message";
import type { TmxImportReport } from "./import-report";

/** The file cannot be read as TMX: nothing after the problem is imported. */
export class TmxFileError extends ValidationError {
  constructor(readonly reason: Message) {
    super({ file: reason });
  }
}

/**
 * An import that stopped at a problem in the file. `report` says what it had done by then: every
 * complete <tu> before the problem was imported (see importTmx).
 */
export class TmxImportError extends TmxFileError {
  constructor(
    reason: Message,
    readonly report: TmxImportReport,
  ) {
    super(reason);
  }
}
