// One simulated volunteer at the editor: a few autosaves of a growing draft on a segment, then its
// confirmation, then the next segment, with the pauses of someone typing.
import { randomInt } from "node:crypto";
import { setTimeout as pause } from "node:timers/promises";
import { acknowledgement, type SaveLedger, type SaveStatus } from "./save-ledger";
import type { Transport } from "./save-transport";

export type KnownSegment = { segmentId: number; version: number };

export type TranslatorRun = {
  index: number;
  jobId: number;
  /** The job's segments in document order, with the versions the translator starts from. */
  segments: KnownSegment[];
  /** Marks this run's texts (e.g. "R2"), so every text sent in a test is unique. */
  label: string;
  transport: Transport;
  ledger: SaveLedger;
  /** Checked before every save: false ends the run. */
  keepGoing: () => boolean;
};

/** Why a translator stopped: told to, a save without answer, or a save the server refused. */
export type TranslatorEnd = "stopped" | "no-answer" | "refused";

const TYPING_PAUSE_MS = { min: 50, max: 300 };

function sentence(run: TranslatorRun, position: number, pass: number): string[] {
  return `${run.label} T${run.index} S${position} P${pass}: la cooperativa del río se reúne de nuevo y cada familia cuenta cómo pasó el invierno`.split(
    " ",
  );
}

export async function typeTranslations(run: TranslatorRun): Promise<TranslatorEnd> {
  for (let pass = 0; ; pass++) {
    for (const [position, segment] of run.segments.entries()) {
      const words = sentence(run, position, pass);
      const drafts = 2 + randomInt(3);
      for (let step = 1; step <= drafts + 1; step++) {
        if (!run.keepGoing()) return "stopped";
        const status: SaveStatus = step > drafts ? "translated" : "draft";
        const length = status === "translated" ? words.length : Math.ceil((words.length * step) / (drafts + 1));
        const request = {
          translator: run.index,
          jobId: run.jobId,
          segmentId: segment.segmentId,
          basedOn: segment.version,
          text: words.slice(0, length).join(" "),
          status,
        };
        const record = run.ledger.begin(request);
        const answer = await run.transport(record);
        run.ledger.settle(record, answer);
        if (answer.kind === "no-answer") return "no-answer";
        const stored = acknowledgement(record);
        if (!stored) return "refused";
        segment.version = stored.version;
        await pause(TYPING_PAUSE_MS.min + randomInt(TYPING_PAUSE_MS.max - TYPING_PAUSE_MS.min + 1));
      }
    }
  }
}
