import type { SplitOptions } from "@/lib/segmentation/sentences";

/**
 * One row of pragmatic_segmenter's "Golden Rules" (README of github.com/diasks2/pragmatic_segmenter),
 * a public test specification for sentence splitters. `rule` is the README's number and title.
 */
export type GoldenRule = {
  rule: string;
  input: string;
  expected: string[];
  options?: SplitOptions;
};
