// The load benchmark: 200 signed-in translators against the production server on loopback, each
// saving a segment every 2 s and opening the 300-segment editor page every 20–40 s, for 60 s.
// Reports throughput, client-side latency of saves and page loads, errors, SQLITE_BUSY in the
// server's log, the WAL's size, and the CPU of server, client and the rest of the machine.
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { temporaryServer } from "../scripts/temporary-server";
import { cpuPercentages, cpuSnapshot } from "./load-cpu";
import { prepareTranslators, type PreparedTranslator } from "./load-prepare";
import { signIn } from "../scripts/http-sign-in";
import { mapWithLimit } from "./load-session";
import { emptySamples, mergeSamples, runTranslator, type TranslatorPlan } from "./load-translator";
import type { WorkerPlans, WorkerReport, WorkerStart } from "./load-worker";
import type { BenchmarkResult } from "./types";

const PORT = 3530;
const PASSWORD = "bench-load-password";
const SEGMENTS = 300;
const SAVE_INTERVAL_MS = 2000;
/** Translators start within this time of each other, not all in the same millisecond. */
const START_SPREAD_MS = 2000;
/** Each opens the editor first within this time, then again after 20–40 s. */
const FIRST_PAGE_WITHIN_MS = 30_000;
const PAGE_INTERVAL_MS = { least: 20_000, most: 40_000 };
/** Client threads: each drives its share of translators and measures its own event loop. */
const CLIENT_THREADS = 2;
/** Sign-ins at once: each costs a scrypt hash on the server, and the sign-in limits count them. */
const SIGN_IN_CONCURRENCY = 4;
/** What the app must do on a 2-core machine. */
const TARGETS = { saveMsP99: 50, pageMsP95: 300, errors: 0, sqliteBusy: 0 };
/** Above these the client, not the server, may be what is slow: the run is flagged. */
const CLIENT_LIMITS = { loopDelayMsP99: 20, loopUtilization: 0.7 };

const progress = (text: string) => process.stderr.write(`[load] ${text}\n`);

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (value: number) => Math.round(value * 10) / 10;

/** Reproducible randomness (mulberry32), so two runs schedule the same load. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Translators and seconds; BENCH_LOAD_TRANSLATORS and BENCH_LOAD_SECONDS shorten a trial run. */
function size() {
  const read = (name: string, fallback: number) => {
    const value = Number(process.env[name] ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
    return value;
  };
  return { translators: read("BENCH_LOAD_TRANSLATORS", 200), seconds: read("BENCH_LOAD_SECONDS", 60) };
}

/** Every translator's plan, with times in milliseconds after the start of the window. */
function plans(baseUrl: string, translators: PreparedTranslator[], cookies: string[], windowMs: number) {
  const next = random(20260508);
  return translators.map((translator, index): TranslatorPlan => {
    const pageLoadsAt: number[] = [];
    for (let at = next() * FIRST_PAGE_WITHIN_MS; at < windowMs;) {
      pageLoadsAt.push(at);
      at += PAGE_INTERVAL_MS.least + next() * (PAGE_INTERVAL_MS.most - PAGE_INTERVAL_MS.least);
    }
    return {
      baseUrl,
      cookie: cookies[index]!,
      jobId: translator.jobId,
      segments: translator.segments,
      firstSegment: Math.floor(next() * translator.segments.length),
      firstSaveAt: next() * START_SPREAD_MS,
      saveIntervalMs: SAVE_INTERVAL_MS,
      pageLoadsAt,
      endAt: windowMs,
    };
  });
}

type ClientThread = { ready: Promise<void>; report: Promise<WorkerReport>; start(startAt: number): void };

function clientThread(share: WorkerPlans): ClientThread {
  const file = path.join(process.cwd(), "bench", "load-worker.ts");
  // The worker is TypeScript: register tsx in it as `npm run bench` does in the main thread.
  const worker = new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(file)});`, {
    eval: true,
    workerData: share,
  });
  let readySettled: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  let reportSettled: { resolve: (report: WorkerReport) => void; reject: (error: unknown) => void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (readySettled = { resolve, reject }));
  const report = new Promise<WorkerReport>((resolve, reject) => (reportSettled = { resolve, reject }));
  worker.on("message", (message: "ready" | WorkerReport) => {
    if (message === "ready") return readySettled!.resolve();
    reportSettled!.resolve(message);
    void worker.terminate();
  });
  const fail = (error: unknown) => {
    readySettled!.reject(error);
    reportSettled!.reject(error);
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`a client thread ended (${code}) before reporting`)));
  // Either may never be awaited when the other fails first.
  ready.catch(() => {});
  report.catch(() => {});
  return { ready, report, start: (startAt) => worker.postMessage({ startAt } satisfies WorkerStart) };
}

/** A few pages and saves before the window, so the first measured requests do not pay for a cold server. */
async function warmUp(baseUrl: string, translator: PreparedTranslator, cookie: string) {
  const now = Date.now();
  const samples = emptySamples();
  await runTranslator(
    {
      baseUrl,
      cookie,
      jobId: translator.jobId,
      segments: translator.segments,
      firstSegment: 0,
      firstSaveAt: now,
      saveIntervalMs: 100,
      pageLoadsAt: [now, now + 1000, now + 2000],
      endAt: now + 3000,
    },
    samples,
  );
  if (Object.keys(samples.errors).length > 0) {
    throw new Error(`the warm-up failed: ${JSON.stringify(samples.errors)}`);
  }
}

function logFigures(logFile: string) {
  const lines = readFileSync(logFile, "utf8").split("\n");
  const busy = lines.filter((line) => /SQLITE_BUSY|database is locked/i.test(line));
  const errors = lines.filter((line) => /⨯|\berror\b/i.test(line));
  for (const line of errors.slice(0, 5)) progress(`server log: ${line}`);
  return { sqliteBusy: busy.length, serverLogErrorLines: errors.length };
}

/** One figure per kind of failure ("save 409" becomes errorsSave409), so the JSON says which. */
function errorFigures(errors: Record<string, number>): Record<string, number> {
  const name = (kind: string) =>
    `errors${kind
      .split(/\s+/)
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join("")}`;
  return Object.fromEntries(Object.entries(errors).map(([kind, count]) => [name(kind), count]));
}

const fileMegabytes = (file: string) => {
  try {
    return round(statSync(file).size / 1024 / 1024);
  } catch {
    return 0; // no WAL (yet, or after a checkpoint that removed it)
  }
};

export async function runLoadBenchmark(): Promise<BenchmarkResult> {
  const { translators: count, seconds } = size();
  const windowMs = seconds * 1000;
  const logDir = mkdtempSync(path.join(tmpdir(), "tandem-load-"));
  const logFile = path.join(logDir, "server.log");
  // The real configuration: no TANDEM_SAVES_PER_MINUTE, 30 saves a minute is far below the limit.
  const server = temporaryServer(PORT, {}, { logFile });
  try {
    await server.start();
    const baseUrl = server.url;
    let started = performance.now();
    // One more than measured: the last one warms the server up.
    const translators = await prepareTranslators(server.databasePath, count + 1, SEGMENTS, PASSWORD);
    const prepareSeconds = (performance.now() - started) / 1000;
    progress(`${count + 1} jobs of ${SEGMENTS} segments imported and claimed in ${round(prepareSeconds)} s`);
    // The import blocked this thread for seconds: let it see the keep-alive connections the server
    // closed meanwhile, or the first sign-in would be sent on one of them and fail.
    await new Promise((resolve) => setTimeout(resolve, 100));

    started = performance.now();
    const cookies = await mapWithLimit(translators, SIGN_IN_CONCURRENCY, (translator) =>
      signIn(baseUrl, translator.email, PASSWORD),
    );
    const signInSeconds = (performance.now() - started) / 1000;
    progress(`${count + 1} translators signed in in ${round(signInSeconds)} s`);
    await warmUp(baseUrl, translators[count]!, cookies[count]!);

    const all = plans(baseUrl, translators.slice(0, count), cookies, windowMs);
    const threads = Array.from({ length: CLIENT_THREADS }, (_, thread) =>
      clientThread(all.filter((_, index) => index % CLIENT_THREADS === thread)),
    );
    await Promise.all(threads.map((thread) => thread.ready));
    const startAt = Date.now() + 200;
    threads.forEach((thread) => thread.start(startAt));
    await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
    const cpuBefore = cpuSnapshot(server.processGroupId);
    const windowStarted = performance.now();
    progress(`${count} translators at work for ${seconds} s`);
    const reports = await Promise.all(threads.map((thread) => thread.report));
    const elapsedSeconds = (performance.now() - windowStarted) / 1000;
    const cpuAfter = cpuSnapshot(server.processGroupId);

    const samples = emptySamples();
    reports.forEach((report) => mergeSamples(samples, report.samples));
    const errors = Object.values(samples.errors).reduce((sum, value) => sum + value, 0);
    for (const [kind, value] of Object.entries(samples.errors)) progress(`errors: ${kind} × ${value}`);
    const log = logFigures(logFile);
    const client = {
      loopDelayMsP99: Math.max(...reports.map((report) => report.loopDelayMsP99)),
      loopDelayMsMax: Math.max(...reports.map((report) => report.loopDelayMsMax)),
      loopUtilization: Math.max(...reports.map((report) => report.loopUtilization)),
    };
    if (
      client.loopDelayMsP99 > CLIENT_LIMITS.loopDelayMsP99 ||
      client.loopUtilization > CLIENT_LIMITS.loopUtilization
    ) {
      progress("the client was busy: its event loop lagged, latencies include its own delay");
    }
    const saveMsP99 = percentile(samples.saveMs, 99);
    const pageMsP95 = percentile(samples.pageMs, 95);
    const targetsMissed = [
      !(saveMsP99 < TARGETS.saveMsP99),
      !(pageMsP95 < TARGETS.pageMsP95),
      errors > TARGETS.errors,
      log.sqliteBusy > TARGETS.sqliteBusy,
    ].filter(Boolean).length;

    return {
      name: "load",
      figures: {
        translators: count,
        segmentsPerArticle: SEGMENTS,
        seconds,
        requestsPerSecond: round((samples.saveMs.length + samples.pageMs.length + errors) / elapsedSeconds),
        saves: samples.saveMs.length,
        saveMsP50: round(percentile(samples.saveMs, 50)),
        saveMsP95: round(percentile(samples.saveMs, 95)),
        saveMsP99: round(saveMsP99),
        saveMsP99Target: TARGETS.saveMsP99,
        saveServerMsP50: round(percentile(samples.saveServerMs, 50)),
        saveServerMsP95: round(percentile(samples.saveServerMs, 95)),
        lateSaves: samples.lateSaves,
        pageLoads: samples.pageMs.length,
        pageMsP50: round(percentile(samples.pageMs, 50)),
        pageMsP95: round(pageMsP95),
        pageMsP99: round(percentile(samples.pageMs, 99)),
        pageMsP95Target: TARGETS.pageMsP95,
        pageHeadersMsP50: round(percentile(samples.pageHeadersMs, 50)),
        pageKb: Math.round(samples.pageBytes / 1024 / Math.max(1, samples.pageMs.length)),
        errors,
        errorsTarget: TARGETS.errors,
        ...errorFigures(samples.errors),
        sqliteBusy: log.sqliteBusy,
        sqliteBusyTarget: TARGETS.sqliteBusy,
        serverLogErrorLines: log.serverLogErrorLines,
        targetsMissed,
        walMb: fileMegabytes(`${server.databasePath}-wal`),
        databaseMb: fileMegabytes(server.databasePath),
        clientThreads: CLIENT_THREADS,
        clientLoopDelayMsP99: round(client.loopDelayMsP99),
        clientLoopDelayMsMax: round(client.loopDelayMsMax),
        clientLoopUtilizationPercent: Math.round(client.loopUtilization * 100),
        ...(cpuBefore && cpuAfter ? cpuPercentages(cpuBefore, cpuAfter) : {}),
        prepareSeconds: round(prepareSeconds),
        signInSeconds: round(signInSeconds),
      },
    };
  } finally {
    await server.dispose();
    rmSync(logDir, { recursive: true, force: true });
  }
}
