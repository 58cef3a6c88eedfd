// `npm run bench [-- name...]`: runs the benchmarks (all by default), prints one table of every
// figure, and writes the figures to bench-results/<date>.json and bench-results/latest.json for
// comparison between versions.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runEditorBenchmark } from "../bench/editor";
import { runLoadBenchmark } from "../bench/load";
import { runMemoryBenchmark } from "../bench/memory";
import { runSegmentationBenchmark } from "../bench/segmentation";
import { runTmxBenchmark } from "../bench/tmx";
import { benchmarkTable } from "../bench/table";
import type { BenchmarkResult } from "../bench/types";

const BENCHMARKS: Record<string, () => BenchmarkResult | Promise<BenchmarkResult>> = {
  segmentation: runSegmentationBenchmark,
  editor: runEditorBenchmark,
  memory: runMemoryBenchmark,
  load: runLoadBenchmark,
  tmx: runTmxBenchmark,
};

async function main() {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark: ${unknown.join(", ")}. Available: ${Object.keys(BENCHMARKS).join(", ")}.`);
    process.exit(1);
  }
  const names = asked.length > 0 ? asked : Object.keys(BENCHMARKS);
  const results: BenchmarkResult[] = [];
  const failed: string[] = [];
  for (const name of names) {
    // One failing benchmark must not throw away the figures of those that ran (memory takes minutes).
    try {
      results.push(await BENCHMARKS[name]!());
    } catch (error) {
      console.error(`Benchmark ${name} failed:`, error);
      failed.push(name);
    }
  }

  if (results.length > 0) {
    console.log(`\n${benchmarkTable(results)}`);
    const report = { date: new Date().toISOString(), node: process.version, results };
    const dir = path.join(process.cwd(), "bench-results");
    mkdirSync(dir, { recursive: true });
    const json = `${JSON.stringify(report, null, 2)}\n`;
    writeFileSync(path.join(dir, `${report.date.replace(/[:.]/g, "-")}.json`), json);
    writeFileSync(path.join(dir, "latest.json"), json);
    console.log(`\nFigures written to ${path.join("bench-results", "latest.json")}`);
  }
  if (failed.length > 0) {
    console.error(`\nFailed: ${failed.join(", ")}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
