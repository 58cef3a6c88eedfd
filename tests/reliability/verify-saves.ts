// Holds the database to what the server acknowledged. save-segment.ts writes, in one transaction per
// changing save, the translation row (text, status, version = the version it was based on + 1) and
// one history row with the same text, status and version. So after any stop, crash or not:
// - every acknowledged save that changed something has its history row;
// - a segment's stored version is at least its last acknowledged one, with that text if equal;
// - a stored version beyond it can only be the translator's one unanswered save, based on the
//   last acknowledged version (a save that committed while its answer was lost).
import { acknowledgement, type SaveRecord, type StoredState } from "./save-ledger";
import { historyOf, storedSegments, type StoredSegment } from "./stored-state";

export type Verdict = {
  sent: number;
  acknowledged: number;
  /** Acknowledged saves found in the database with their text. */
  verified: number;
  /** Saves without an answer (connection refused, reset or cut). */
  unanswered: number;
  /** Unanswered saves that the database shows were committed. */
  committedUnanswered: number;
  problems: string[];
};

const keyOf = (jobId: number, segmentId: number) => `${jobId}:${segmentId}`;

export type StatesBefore = Map<string, StoredState>;

/** The segment states of these jobs as stored now, to verify a run that starts from them. */
export function statesBefore(databasePath: string, jobIds: readonly number[]): StatesBefore {
  const states: StatesBefore = new Map();
  for (const rows of storedSegments(databasePath, jobIds).values()) {
    for (const row of rows) states.set(keyOf(row.jobId, row.segmentId), row);
  }
  return states;
}

const quote = (state: StoredState) => `v${state.version} ${state.status} "${state.text}"`;

export function verifySaves(databasePath: string, records: readonly SaveRecord[], before: StatesBefore): Verdict {
  const problems: string[] = [];
  const bySegment = new Map<string, SaveRecord[]>();
  for (const record of records) {
    const key = keyOf(record.jobId, record.segmentId);
    bySegment.set(key, [...(bySegment.get(key) ?? []), record]);
  }
  const jobIds = [...new Set(records.map((record) => record.jobId))];
  const stored = new Map<string, StoredSegment>();
  for (const rows of storedSegments(databasePath, jobIds).values()) {
    for (const row of rows) stored.set(keyOf(row.jobId, row.segmentId), row);
  }
  const history = new Set(
    historyOf(
      databasePath,
      [...bySegment.keys()].map((key) => stored.get(key)?.translationId ?? -1),
    ).map((entry) => `${entry.translationId}:${entry.version}:${entry.status}:${entry.text}`),
  );
  const inHistory = (row: StoredSegment, state: StoredState) =>
    history.has(`${row.translationId}:${state.version}:${state.status}:${state.text}`);

  let acknowledged = 0;
  let verified = 0;
  let committedUnanswered = 0;
  for (const [key, saves] of bySegment) {
    const row = stored.get(key);
    const start = before.get(key);
    if (!row || !start) {
      problems.push(`segment ${key}: not in the database`);
      continue;
    }
    let last: StoredState = start;
    for (const save of saves) {
      const ack = acknowledgement(save);
      if (!ack) continue;
      acknowledged++;
      if (ack.text !== save.text || ack.status !== save.status) {
        problems.push(`segment ${key}: sent "${save.text}" (${save.status}), acknowledged as ${quote(ack)}`);
      }
      if (ack.version > save.basedOn && !inHistory(row, ack)) {
        problems.push(`segment ${key}: acknowledged ${quote(ack)} is missing from the history`);
      } else {
        verified++;
      }
      if (ack.version > last.version) last = ack;
    }
    if (row.version < last.version) {
      problems.push(`segment ${key}: LOST acknowledged ${quote(last)}; the database has ${quote(row)}`);
    } else if (row.version === last.version) {
      if (row.text !== last.text || row.status !== last.status) {
        problems.push(`segment ${key}: acknowledged ${quote(last)}, the database has ${quote(row)}`);
      }
    } else {
      const committed = saves.find(
        (save) =>
          save.answer?.kind === "no-answer" &&
          save.basedOn === last.version &&
          row.version === save.basedOn + 1 &&
          save.text === row.text &&
          save.status === row.status,
      );
      if (!committed) problems.push(`segment ${key}: ${quote(row)} matches no save sent after ${quote(last)}`);
      else if (!inHistory(row, row)) problems.push(`segment ${key}: ${quote(row)} is missing from the history`);
      else committedUnanswered++;
    }
  }
  return {
    sent: records.length,
    acknowledged,
    verified,
    unanswered: records.filter((record) => record.answer?.kind === "no-answer").length,
    committedUnanswered,
    problems,
  };
}

/** Answers that were neither a 2xx nor a missing answer: with one translator per job, none is expected. */
export function unexpectedAnswers(records: readonly SaveRecord[]): string[] {
  return records.flatMap((record) => {
    const answer = record.answer;
    if (answer?.kind !== "answered" || acknowledgement(record)) return [];
    return [
      `save of segment ${keyOf(record.jobId, record.segmentId)}: HTTP ${answer.httpStatus} ${JSON.stringify(answer.body)}`,
    ];
  });
}
