// Translation memory lookups at 100,000 and 1,000,000 units: build time and database size, lookup
// latency (p50/p95/p99) through the app's own lookupMatches, and recall of the true best match,
// checked against an exact scan of the same memory (bench/memory-brute-force.ts) on a sample of
// the queries. The memory is built through the app's insertion path (addUnits, in large
// transactions) into a temporary database that is deleted at the end.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { openDatabase, writeTransaction, type Db } from "../db/client";
import { lookupMatches } from "../lib/memory/lookup-matches";
import { exactShape, matchText } from "../lib/memory/normalize";
import { addUnits, type NewUnit } from "../lib/memory/store-units";
import { textHash } from "../lib/memory/unit-keys";
import type { BruteForceAnswer, BruteForceJob } from "./memory-brute-force-worker";
import { createCorpus, joinTokens } from "./memory-corpus";
import { makeQueries, type BenchQuery } from "./memory-queries";
import type { BenchmarkResult } from "./types";

const SIZES = [100_000, 1_000_000];
/** Share of the memory made by editing an earlier unit (revised articles, recurring phrasing). */
const NEAR_DUPLICATES = 0.4;
const BATCH = 10_000;
const LOOKUPS = 2_000;
const WARM_UP = 50;
/** Queries checked against the exact scan: it takes seconds per query at 1M units. */
const RECALL_SAMPLE = 600;
const THRESHOLD = 50;
/** Best matches from here up are reported apart from the weak, mostly accidental ones below. */
const STRONG_MATCH = 60;
const WORKERS = 2;
const SOURCE = "en";
const TARGET = "es";

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
const progress = (text: string) => process.stderr.write(`[memory] ${text}\n`);

function buildMemory(db: Db, size: number, seed: number): string[][] {
  const corpus = createCorpus(seed);
  const sentences: string[][] = [];
  for (let start = 0; start < size; start += BATCH) {
    const units: NewUnit[] = [];
    for (let index = start; index < Math.min(size, start + BATCH); index++) {
      const tokens =
        sentences.length > 0 && corpus.random() < NEAR_DUPLICATES
          ? corpus.mutate(sentences[Math.floor(corpus.random() * sentences.length)]!, 4)
          : corpus.sentence();
      sentences.push(tokens);
      units.push({
        sourceLanguage: SOURCE,
        targetLanguage: TARGET,
        sourceText: joinTokens(tokens),
        targetText: corpus.translate(tokens),
        origin: "tmx_import",
        reviewed: true,
      });
    }
    writeTransaction(db, (tx) => addUnits(tx, units));
    if ((start / BATCH) % 20 === 19) progress(`${size}: ${start + BATCH} units`);
  }
  return sentences;
}

/** The exact best score of each query, from workers that each scan the whole memory. */
async function bruteForce(file: string, pairId: number, queries: readonly BenchQuery[]): Promise<BruteForceAnswer[]> {
  const workerFile = path.join(process.cwd(), "bench", "memory-brute-force-worker.ts");
  const shares = Array.from({ length: WORKERS }, (_, worker) =>
    queries.filter((_, index) => index % WORKERS === worker),
  );
  const answers = await Promise.all(
    shares.map(
      (share) =>
        new Promise<BruteForceAnswer[]>((resolve, reject) => {
          const job: BruteForceJob = { file, pairId, threshold: THRESHOLD, queries: share.map((query) => query.text) };
          // The worker is TypeScript: register tsx in it as `npm run bench` does in the main thread.
          const worker = new Worker(`require("tsx/cjs/api").register(); require(${JSON.stringify(workerFile)});`, {
            eval: true,
            workerData: job,
          });
          worker.once("message", resolve);
          worker.once("error", reject);
        }),
    ),
  );
  return queries.map((_, index) => answers[index % WORKERS]![Math.floor(index / WORKERS)]!);
}

/** What the lookup calls 100 needs the same case and tags too (normalize.ts); otherwise 99. */
function bruteForceScore(db: Db, pairId: number, query: string, answer: BruteForceAnswer): number {
  if (answer.score < 100) return answer.score;
  const sameText = db.$client
    .prepare("select source_text from tm_units where pair_id = ? and source_hash = ?")
    .pluck()
    .all(pairId, textHash(matchText(query))) as string[];
  return sameText.some((source) => exactShape(source) === exactShape(query)) ? 100 : 99;
}

async function benchmarkSize(size: number): Promise<Record<string, number>> {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-bench-memory-"));
  const file = path.join(dir, "memory.db");
  try {
    const db = openDatabase(file);
    const buildStart = performance.now();
    const sentences = buildMemory(db, size, size);
    const buildSeconds = (performance.now() - buildStart) / 1000;
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const megabytes = statSync(file).size / 1e6;
    const pairId = db.$client
      .prepare("select id from tm_pairs where source_language = ? and target_language = ?")
      .pluck()
      .get(SOURCE, TARGET) as number;
    progress(`${size}: built in ${round(buildSeconds)} s, ${round(megabytes)} MB`);

    const queries = makeQueries(createCorpus(size + 1), sentences, LOOKUPS);
    sentences.length = 0;
    const lookup = (query: BenchQuery) =>
      lookupMatches(db, {
        sourceLanguage: SOURCE,
        targetLanguage: TARGET,
        text: query.text,
        tags: [],
        threshold: THRESHOLD,
      });
    for (const query of queries.slice(0, WARM_UP)) lookup(query);
    const times: number[] = [];
    const bestScores: number[] = [];
    for (const query of queries) {
      const start = performance.now();
      const matches = lookup(query);
      times.push(performance.now() - start);
      bestScores.push(matches[0]?.score ?? 0);
    }
    progress(
      `${size}: ${LOOKUPS} lookups, p95 ${round(percentile(times, 95))} ms; exact scan of ${RECALL_SAMPLE} queries`,
    );

    const sample = queries.slice(0, RECALL_SAMPLE);
    const answers = await bruteForce(file, pairId, sample);
    // Recall overall, and apart for weak best matches (50..59), which are mostly accidental.
    const recall = { all: [0, 0], weak: [0, 0], strong: [0, 0] };
    sample.forEach((query, index) => {
      const truth = bruteForceScore(db, pairId, query.text, answers[index]!);
      if (truth < THRESHOLD) return;
      const hit = bestScores[index] === truth ? 1 : 0;
      for (const band of [recall.all, truth >= STRONG_MATCH ? recall.strong : recall.weak]) {
        band[0]! += 1;
        band[1]! += hit;
      }
    });
    const percent = ([queries, found]: number[]) => round((100 * found!) / Math.max(1, queries!), 2);
    db.$client.close();
    const bruteTimes = answers.map((answer) => answer.ms);
    const label = size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`;
    return {
      [`units_${label}`]: size,
      [`buildSeconds_${label}`]: round(buildSeconds),
      [`databaseMB_${label}`]: round(megabytes),
      [`lookupP50Ms_${label}`]: round(percentile(times, 50), 2),
      [`lookupP95Ms_${label}`]: round(percentile(times, 95), 2),
      [`lookupP99Ms_${label}`]: round(percentile(times, 99), 2),
      [`recallQueriesWithMatch_${label}`]: recall.all[0]!,
      [`recallBestFound_${label}`]: recall.all[1]!,
      [`recallPercent_${label}`]: percent(recall.all),
      [`recallQueriesBest60Plus_${label}`]: recall.strong[0]!,
      [`recallPercentBest60Plus_${label}`]: percent(recall.strong),
      [`recallQueriesBest50To59_${label}`]: recall.weak[0]!,
      [`recallPercentBest50To59_${label}`]: percent(recall.weak),
      [`bruteForceP50Ms_${label}`]: round(percentile(bruteTimes, 50)),
      [`bruteForceP95Ms_${label}`]: round(percentile(bruteTimes, 95)),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runMemoryBenchmark(): Promise<BenchmarkResult> {
  const figures: Record<string, number> = {};
  for (const size of SIZES) Object.assign(figures, await benchmarkSize(size));
  return { name: "memory", figures };
}
