/** One benchmark's figures, named so runs of different versions can be compared key by key. */
export type BenchmarkResult = { name: string; figures: Record<string, number> };
