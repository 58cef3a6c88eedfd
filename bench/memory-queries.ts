// What the benchmark looks up: sentences as a translator meets them. Some repeat a sentence of the
// memory exactly, many are a memory sentence revised (1 to 5 edits), the rest are new sentences made
// from the same vocabulary, most of which have no match at all (or only a weak, accidental one).
import { joinTokens, type Corpus } from "./memory-corpus";

export type QueryKind = "exact" | "variant" | "fresh";
export type BenchQuery = { kind: QueryKind; text: string };

export const QUERY_MIX: Record<QueryKind, number> = { exact: 0.1, variant: 0.5, fresh: 0.4 };

export function makeQueries(corpus: Corpus, memory: readonly (readonly string[])[], count: number): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const pick = () => memory[Math.floor(corpus.random() * memory.length)]!;
  for (let index = 0; index < count; index++) {
    const draw = corpus.random();
    if (draw < QUERY_MIX.exact) queries.push({ kind: "exact", text: joinTokens(pick()) });
    else if (draw < QUERY_MIX.exact + QUERY_MIX.variant) {
      queries.push({ kind: "variant", text: joinTokens(corpus.mutate(pick(), 5)) });
    } else queries.push({ kind: "fresh", text: joinTokens(corpus.sentence()) });
  }
  return queries;
}
