// Crash test (issue #8): 20 translators autosave against the production server; the server is
// killed with SIGKILL mid-burst, restarted on the same database, and every save it acknowledged
// must be in the database with its text, in a file that passes integrity_check. Three rounds on
// one database, so rounds 2 and 3 also start from a database that has already been crashed.
// Run: npx tsx tests/reliability/crash.ts (exit code 0 = every round held).
import { randomInt } from "node:crypto";
import { setTimeout as pause } from "node:timers/promises";
import { readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { temporaryServer } from "../../scripts/temporary-server";
import { assertBuildCurrent } from "./build-guard";
import { acknowledgement, SaveLedger } from "./save-ledger";
import { fetchTransport } from "./save-transport";
import { seatTranslators, type Seat } from "./seat-translators";
import { signIn } from "../../scripts/http-sign-in";
import { integrityCheck, storedSegments } from "./stored-state";
import { typeTranslations } from "./typing-translator";
import { statesBefore, unexpectedAnswers, verifySaves } from "./verify-saves";

const PORT = 3401;
const TRANSLATORS = 20;
const ROUNDS = 3;
const BURST_MS = 20_000;
/** The kill falls at a random moment of the burst's middle half. */
const KILL_WINDOW_MS = { from: 5_000, to: 15_000 };
/** The kill waits (from that moment) until at least this many saves are on the wire. */
const MIN_IN_FLIGHT = 3;
const PASSWORD = "reliability-test-password";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

type Server = ReturnType<typeof temporaryServer>;

async function crashRound(server: Server, seats: Seat[], round: number): Promise<string[]> {
  const started = performance.now();
  const jobIds = seats.map((seat) => seat.jobId);
  const before = statesBefore(server.databasePath, jobIds);
  const segments = storedSegments(server.databasePath, jobIds);
  const cookies = await Promise.all(seats.map((seat) => signIn(server.url, seat.email, seat.password)));

  const ledger = new SaveLedger();
  let killed = false;
  const burstEnds = ledger.now() + BURST_MS;
  const translators = seats.map((seat, index) =>
    typeTranslations({
      index,
      jobId: seat.jobId,
      segments: segments.get(seat.jobId)!.map(({ segmentId, version }) => ({ segmentId, version })),
      label: `R${round}`,
      transport: fetchTransport(server.url, cookies[index]!),
      ledger,
      keepGoing: () => !killed && ledger.now() < burstEnds,
    }),
  );
  let translatorsDone = false;
  const finished = Promise.all(translators).finally(() => (translatorsDone = true));

  // The moment is drawn at random; then the kill waits for saves on the wire, so it lands mid-save.
  const killAt = KILL_WINDOW_MS.from + randomInt(KILL_WINDOW_MS.to - KILL_WINDOW_MS.from);
  await pause(killAt);
  await ledger.until(() => ledger.inFlight() >= MIN_IN_FLIGHT || translatorsDone);
  const problems: string[] = [];
  if (translatorsDone) problems.push("the burst ended before the kill: the translators stopped early");
  killed = true;
  const killedAt = ledger.now();
  const inFlightAtKill = ledger.inFlight();
  const stopping = server.stop(); // SIGKILL to the whole process group, sent synchronously here
  const ends = await finished;
  await stopping;

  assertBuildCurrent();
  const restartStarted = performance.now();
  await server.start();
  const restartMs = performance.now() - restartStarted;

  const verdict = verifySaves(server.databasePath, ledger.records, before);
  problems.push(...unexpectedAnswers(ledger.records), ...verdict.problems);
  const integrity = integrityCheck(server.databasePath);
  if (integrity !== "ok") problems.push(`integrity_check: ${integrity}`);
  const stillPending = ledger.records.filter((record) => !record.answer).length;
  if (stillPending > 0) problems.push(`${stillPending} save(s) never settled`);

  // The restarted server serves again: a fresh sign-in and one more save.
  const seat = seats[round % seats.length]!;
  const [first] = storedSegments(server.databasePath, [seat.jobId]).get(seat.jobId)!;
  const beforeAfter = statesBefore(server.databasePath, [seat.jobId]);
  const afterLedger = new SaveLedger();
  const afterRecord = afterLedger.begin({
    translator: seat.index,
    jobId: seat.jobId,
    segmentId: first!.segmentId,
    basedOn: first!.version,
    text: `R${round} después del reinicio: la traductora sigue donde lo dejó`,
    status: "draft",
  });
  afterLedger.settle(
    afterRecord,
    await fetchTransport(server.url, await signIn(server.url, seat.email, seat.password))(afterRecord),
  );
  const afterVerdict = verifySaves(server.databasePath, afterLedger.records, beforeAfter);
  const served = acknowledgement(afterRecord);
  if (!served) problems.push(`the save after the restart was not acknowledged: ${JSON.stringify(afterRecord.answer)}`);
  else if (afterVerdict.verified !== 1 || afterVerdict.problems.length > 0) {
    problems.push(`the save after the restart is not in the database: ${afterVerdict.problems.join("; ")}`);
  }

  const byReason = (reason: string) => ends.filter((end) => end === reason).length;
  console.log(
    [
      `round ${round}: sent ${verdict.sent}, acknowledged ${verdict.acknowledged}, failed by the kill ${verdict.unanswered}` +
        ` (${verdict.committedUnanswered} of them committed), verified ${verdict.verified}/${verdict.acknowledged}`,
      `  kill at ${seconds(killedAt)} with ${inFlightAtKill} save(s) in flight; translators cut off ${byReason("no-answer")},` +
        ` stopped ${byReason("stopped")}; restart ${seconds(restartMs)}; integrity_check ${integrity};` +
        ` save after restart ${served ? `v${served.version}` : "FAILED"}; round ${seconds(performance.now() - started)}`,
    ].join("\n"),
  );
  return problems;
}

async function main() {
  assertBuildCurrent();
  const logFile = path.join(tmpdir(), `tandem-crash-test-${process.pid}.log`);
  const server = temporaryServer(
    PORT,
    // One article per translator, made below: no demo data; saves as fast as the burst needs.
    { TANDEM_SEED: "none", TANDEM_SAVES_PER_MINUTE: "100000" },
    { logFile },
  );
  const started = performance.now();
  let failures: string[] = [];
  try {
    const seats = await seatTranslators(server.databasePath, TRANSLATORS, PASSWORD);
    await server.start();
    console.log(
      `crash test: ${TRANSLATORS} translators, ${ROUNDS} rounds of a ${BURST_MS / 1000} s burst killed (SIGKILL) between ` +
        `${KILL_WINDOW_MS.from / 1000} and ${KILL_WINDOW_MS.to / 1000} s, one database across rounds`,
    );
    for (let round = 1; round <= ROUNDS; round++) {
      const problems = await crashRound(server, seats, round);
      failures = [...failures, ...problems.map((problem) => `round ${round}: ${problem}`)];
    }
  } catch (error) {
    failures.push(`the test could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  } finally {
    await server.dispose();
  }
  console.log(`crash test: ${seconds(performance.now() - started)} in all`);
  if (failures.length > 0) {
    console.error(`crash test FAILED (${failures.length} problem(s)):`);
    for (const failure of failures.slice(0, 50)) console.error(`  ${failure}`);
    console.error(`server log (${logFile}):\n${readFileSync(logFile, "utf8").slice(-4000)}`);
    process.exitCode = 1;
  } else {
    console.log("crash test passed: every acknowledged save survived every kill");
    rmSync(logFile, { force: true });
  }
}

void main();
