// The summary `npm run bench` prints: one plain-text table of every figure of every benchmark run.
import type { BenchmarkResult } from "./types";

/** "benchmark | figure | value", the benchmark named on its first row only, values right-aligned. */
export function benchmarkTable(results: BenchmarkResult[]): string {
  const format = new Intl.NumberFormat("en-US", { maximumFractionDigits: 3 });
  const rows = results.flatMap((result) =>
    Object.entries(result.figures).map(([figure, value], index) => [
      index === 0 ? result.name : "",
      figure,
      format.format(value),
    ]),
  );
  const header = ["benchmark", "figure", "value"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join(" | ");
  return [line(header), widths.map((width) => "-".repeat(width)).join("-|-"), ...rows.map(line)].join("\n");
}
