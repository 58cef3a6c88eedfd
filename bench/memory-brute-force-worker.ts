// A worker of the memory benchmark's reference scan: loads every unit of the pair from the benchmark
// database into memory once, then answers its share of the queries with bruteForceBest.
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { matchText } from "../lib/memory/normalize";
import { bruteForceBest, bruteForceIndex } from "./memory-brute-force";

export type BruteForceJob = { file: string; pairId: number; threshold: number; queries: string[] };
export type BruteForceAnswer = { score: number; unitId: number; ms: number };

const job = workerData as BruteForceJob;
const database = new Database(job.file, { readonly: true });
const units = database
  .prepare("select id, source_text from tm_units where pair_id = ?")
  .raw()
  .all(job.pairId)
  .map((row) => {
    const [id, sourceText] = row as [number, string];
    return { id, text: matchText(sourceText) };
  });
database.close();
const index = bruteForceIndex(units);
units.length = 0;

const answers: BruteForceAnswer[] = job.queries.map((query) => {
  const start = performance.now();
  const best = bruteForceBest(index, matchText(query), job.threshold);
  return { ...best, ms: performance.now() - start };
});
parentPort!.postMessage(answers);
