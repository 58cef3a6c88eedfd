// TMX import: throughput and peak memory. Generates en->es TMX files of news-like sentence pairs
// (bench/memory-corpus.ts: realistic lengths, names and numbers, 30% near-duplicates of earlier
// sentences; 20% of units carry a link as <bpt>/<ept>, 10% a line break as <ph>) and imports each
// into a fresh database through the app's own streaming importTmx, reading the file in 64 KB
// chunks as the web upload and the command line do.
// Each import runs in a child process of its own, so its peak resident memory (the kernel's
// high-water mark, getrusage maxrss) is the import's alone, not that of whatever ran before.
// Three sizes: 50,000 units, 200,000 units (the figure) and about 100 MB; memory is
// bounded when the peak stays flat while the file grows (the slope, MB of RSS per MB of file).
import { spawn } from "node:child_process";
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { once } from "node:events";
import { openDatabase } from "../db/client";
import { importTmx } from "../lib/formats/tmx/import-tmx";
import { createCorpus, joinTokens } from "./memory-corpus";
import type { BenchmarkResult } from "./types";

const CHILD_ENV = "TANDEM_BENCH_TMX_CHILD";
const CHUNK_BYTES = 64 * 1024;
const MB = 1_000_000;
/** The sizes measured: by units, or by file size (then the unit count is estimated). */
const RUNS: { label: string; units?: number; megabytes?: number }[] = [
  { label: "50k", units: 50_000 },
  { label: "200k", units: 200_000 },
  { label: "100mb", megabytes: 100 },
];
const NEAR_DUPLICATES = 0.3;
const WITH_LINK = 0.2;
const WITH_BREAK = 0.1;

type ChildJob = { file: string; database: string };
type ChildResult = {
  seconds: number;
  unitsRead: number;
  added: number;
  duplicates: number;
  peakRssMb: number;
  sampledRssMb: number;
  peakHeapMb: number;
  startRssMb: number;
  startHeapMb: number;
  longestStallMs: number;
};

const progress = (text: string) => process.stderr.write(`[tmx] ${text}\n`);
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** One sentence pair as TMX seg contents, tags at the same word positions on both sides. */
function segments(source: string[], target: string[], random: () => number, index: number): [string, string] {
  const words = source.map((_, at) => at).filter((at) => /^[\p{L}]/u.test(source[at]!));
  const markup = (tokens: string[]) => tokens.map(escape);
  const sourceOut = markup(source);
  const targetOut = markup(target);
  if (words.length > 3 && random() < WITH_LINK) {
    const first = words[1 + Math.floor(random() * (words.length - 3))]!;
    const last = Math.min(first + Math.floor(random() * 3), source.length - 2);
    const open = `<bpt i="1" x="1" type="link">&lt;a href="https://example.org/${index}"&gt;</bpt>`;
    const close = `<ept i="1">&lt;/a&gt;</ept>`;
    for (const out of [sourceOut, targetOut]) {
      out[first] = open + out[first]!;
      out[last] = out[last]! + close;
    }
  }
  if (random() < WITH_BREAK) {
    for (const out of [sourceOut, targetOut]) out[out.length - 1] += `<ph x="2" type="lb">&lt;br&gt;</ph>`;
  }
  return [joinTokens(sourceOut), joinTokens(targetOut)];
}

function header(): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`,
    `<tmx version="1.4">`,
    `  <header creationtool="Tandem benchmark" creationtoolversion="1" datatype="html" segtype="sentence" adminlang="en" srclang="en" o-tmf="bench"/>`,
    `  <body>`,
    "",
  ].join("\n");
}

/** Writes a TMX file of `units` translation units (or of at least `megabytes` MB); returns its unit count. */
async function generateTmx(file: string, target: { units?: number; megabytes?: number }, seed: number) {
  const corpus = createCorpus(seed);
  const recent: string[][] = [];
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write(header());
  let units = 0;
  const more = () => (target.units !== undefined ? units < target.units : bytes < target.megabytes! * MB);
  while (more()) {
    const tokens =
      recent.length > 0 && corpus.random() < NEAR_DUPLICATES
        ? corpus.mutate(recent[Math.floor(corpus.random() * recent.length)]!, 3)
        : corpus.sentence();
    recent.push(tokens);
    if (recent.length > 2_000) recent.shift();
    // Word by word, so a tag sits around the same words on both sides.
    const translated = tokens.map((token) => corpus.translate([token]));
    const [source, targetText] = segments(tokens, translated, corpus.random, units);
    const date = `2024${String(1 + (units % 12)).padStart(2, "0")}15T120000Z`;
    await write(
      `    <tu tuid="${units + 1}" creationdate="${date}">\n` +
        `      <tuv xml:lang="en-US"><seg>${source}</seg></tuv>\n` +
        `      <tuv xml:lang="es-ES"><seg>${targetText}</seg></tuv>\n` +
        `    </tu>\n`,
    );
    units += 1;
  }
  await write(`  </body>\n</tmx>\n`);
  out.end();
  await once(out, "finish");
  return units;
}

function runChild(job: ChildJob): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join("bench", "tmx.ts")], {
      env: { ...process.env, [CHILD_ENV]: JSON.stringify(job) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) reject(new Error(`the import child exited with ${code}`));
      else resolve(JSON.parse(output.trim().split("\n").at(-1)!) as ChildResult);
    });
  });
}

/** In the child: one import, measured. */
async function importInChild(job: ChildJob): Promise<void> {
  const db = openDatabase(job.database);
  const memory = process.memoryUsage();
  let sampledRss = memory.rss;
  let peakHeap = memory.heapUsed;
  const sample = () => {
    const now = process.memoryUsage();
    sampledRss = Math.max(sampledRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  };
  const timer = setInterval(sample, 50);
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const started = performance.now();
  const report = await importTmx(
    db,
    "command-line",
    { chunks: createReadStream(job.file, { highWaterMark: CHUNK_BYTES }), fileName: "bench.tmx" },
    { onProgress: sample },
  );
  const seconds = (performance.now() - started) / 1000;
  stalls.disable();
  clearInterval(timer);
  sample();
  db.$client.close();
  const result: ChildResult = {
    seconds,
    unitsRead: report.unitsRead,
    added: report.added,
    duplicates: report.duplicates,
    // getrusage reports kilobytes on Linux.
    peakRssMb: (process.resourceUsage().maxRSS * 1024) / MB,
    sampledRssMb: sampledRss / MB,
    peakHeapMb: peakHeap / MB,
    startRssMb: memory.rss / MB,
    startHeapMb: memory.heapUsed / MB,
    longestStallMs: stalls.max / 1e6,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export async function runTmxBenchmark(): Promise<BenchmarkResult> {
  const dir = mkdtempSync(path.join(tmpdir(), "tandem-bench-tmx-"));
  const figures: Record<string, number> = {};
  const sizes: { fileMb: number; peakRssMb: number }[] = [];
  try {
    for (const [index, run] of RUNS.entries()) {
      const file = path.join(dir, `${run.label}.tmx`);
      const generated = await generateTmx(file, run, 9 + index);
      const fileMb = statSync(file).size / MB;
      progress(`${run.label}: ${generated} translation units, ${round(fileMb)} MB; importing`);
      const result = await runChild({ file, database: path.join(dir, `${run.label}.db`) });
      progress(
        `${run.label}: ${result.added} added in ${round(result.seconds)} s, peak RSS ${round(result.peakRssMb)} MB`,
      );
      sizes.push({ fileMb, peakRssMb: result.peakRssMb });
      Object.assign(figures, {
        [`${run.label}_units`]: result.unitsRead,
        [`${run.label}_added`]: result.added,
        [`${run.label}_file_mb`]: round(fileMb),
        [`${run.label}_import_s`]: round(result.seconds),
        [`${run.label}_units_per_s`]: Math.round(result.unitsRead / result.seconds),
        [`${run.label}_mb_per_s`]: round(fileMb / result.seconds, 2),
        [`${run.label}_peak_rss_mb`]: round(result.peakRssMb),
        [`${run.label}_sampled_rss_mb`]: round(result.sampledRssMb),
        [`${run.label}_peak_heap_mb`]: round(result.peakHeapMb),
        [`${run.label}_start_rss_mb`]: round(result.startRssMb),
        [`${run.label}_longest_stall_ms`]: round(result.longestStallMs),
      });
      rmSync(file, { force: true });
    }
    const smallest = sizes[0]!;
    const largest = sizes.at(-1)!;
    figures.rss_mb_per_file_mb = round(
      (largest.peakRssMb - smallest.peakRssMb) / (largest.fileMb - smallest.fileMb),
      3,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { name: "tmx", figures };
}

const childJob = process.env[CHILD_ENV];
if (childJob) {
  importInChild(JSON.parse(childJob) as ChildJob).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
