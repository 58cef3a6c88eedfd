// Every save the simulated translators send, with what (if anything) came back: the record the
// verification holds the database to.

export type SaveStatus = "draft" | "translated";

export type SaveRequest = {
  translator: number;
  jobId: number;
  segmentId: number;
  /** The version the save is based on (the last one its translator was told about). */
  basedOn: number;
  text: string;
  status: SaveStatus;
};

/** An HTTP answer read to its end, or none at all (connection refused, reset, or cut mid-answer). */
export type SaveAnswer = { kind: "answered"; httpStatus: number; body: unknown } | { kind: "no-answer"; error: string };

export type SaveRecord = SaveRequest & {
  /** Milliseconds since the ledger was made. */
  sentAt: number;
  settledAt?: number;
  answer?: SaveAnswer;
  /** Sent with its body held back across the signal (graceful shutdown test). */
  held?: boolean;
};

/** What a 2xx answer says is now stored. */
export type StoredState = { version: number; text: string; status: string };

function stateIn(body: unknown): StoredState | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const { version, text, status } = body as Record<string, unknown>;
  return typeof version === "number" && typeof text === "string" && typeof status === "string"
    ? { version, text, status }
    : undefined;
}

/** The state a save was acknowledged with: a 2xx answer that names it. */
export function acknowledgement(record: SaveRecord): StoredState | undefined {
  const answer = record.answer;
  if (answer?.kind !== "answered" || answer.httpStatus < 200 || answer.httpStatus > 299) return undefined;
  return stateIn(answer.body);
}

export class SaveLedger {
  readonly records: SaveRecord[] = [];
  private readonly started = performance.now();
  private pending = 0;
  private readonly watchers = new Set<() => void>();

  now(): number {
    return performance.now() - this.started;
  }

  begin(request: SaveRequest): SaveRecord {
    const record: SaveRecord = { ...request, sentAt: this.now() };
    this.records.push(record);
    this.pending++;
    this.notify();
    return record;
  }

  settle(record: SaveRecord, answer: SaveAnswer): void {
    record.answer = answer;
    record.settledAt = this.now();
    this.pending--;
    this.notify();
  }

  /** Saves sent and not yet answered or failed. */
  inFlight(): number {
    return this.pending;
  }

  /** Resolves as soon as `condition` holds, checked now and after every save sent or settled. */
  until(condition: () => boolean): Promise<void> {
    return new Promise((resolve) => {
      const check = () => {
        if (!condition()) return;
        this.watchers.delete(check);
        resolve();
      };
      this.watchers.add(check);
      check();
    });
  }

  private notify() {
    for (const watcher of [...this.watchers]) watcher();
  }
}
