// Segmentation speed on a 1 MB article: our splitter next to Intl.Segmenter on the same text, and the
// whole import (parse, split, tag) and render of the same article as Markdown.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseDocument, render } from "../lib/segmentation/document";
import { splitSentences } from "../lib/segmentation/sentences";
import { plainText } from "../lib/segmentation/tagged-text";
import type { BenchmarkResult } from "./types";

const TARGET_BYTES = 1_000_000;

function oneMegabyteArticle(): string {
  const dir = path.join(process.cwd(), "tests", "fixtures", "articles");
  const sources = readdirSync(dir)
    .filter((name) => name.endsWith(".md") && !name.startsWith("unsafe-") && name !== "README.md")
    .map((name) => readFileSync(path.join(dir, name), "utf8"));
  sources.push(readFileSync(path.join(process.cwd(), "db", "seed", "unv-women-volunteers-lac.md"), "utf8"));
  let article = "";
  for (let round = 0; Buffer.byteLength(article) < TARGET_BYTES; round++) {
    article += `${sources[round % sources.length]}\n\n`;
  }
  return article;
}

/** Median of a few runs after a warm-up, so one garbage collection does not decide the figure. */
function timed<T>(run: () => T, rounds = 5): { ms: number; result: T } {
  let result = run();
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    result = run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

export function runSegmentationBenchmark(): BenchmarkResult {
  const markdown = oneMegabyteArticle();
  const document = parseDocument(markdown, "markdown", "en");
  // The same prose as plain text: one paragraph per line, as a text editor would hold it.
  const blocks = new Map<number, string[]>();
  for (const segment of document.segments) {
    blocks.set(segment.blockIndex, [...(blocks.get(segment.blockIndex) ?? []), plainText(segment.text)]);
  }
  const prose = [...blocks.values()].map((sentences) => sentences.join(" "));
  const lines: string[] = [];
  for (let bytes = 0, index = 0; bytes < TARGET_BYTES; index++) {
    const line = prose[index % prose.length]!;
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  const text = lines.join("\n");

  const paragraphs = text.split("\n");
  const ours = timed(() => splitSentences(text, "en"));
  const oursByParagraph = timed(() =>
    paragraphs.reduce((sum, paragraph) => sum + splitSentences(paragraph, "en").length, 0),
  );
  // Intl.Segmenter is fed paragraph by paragraph: in Node 20 every segment it yields carries a fresh
  // copy of its whole input, so one 1 MB string exhausts the heap (quadratic memory).
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const intl = timed(() => {
    let count = 0;
    for (const paragraph of paragraphs) {
      for (const part of segmenter.segment(paragraph)) if (part.segment.trim() !== "") count++;
    }
    return count;
  });
  const parse = timed(() => parseDocument(markdown, "markdown", "en"), 3);
  const identity = new Map(document.segments.map((segment) => [segment.id, segment.text]));
  const rendered = timed(() => render(parse.result, identity, "markdown"), 3);

  const perSecond = (count: number, ms: number) => Math.round((count / ms) * 1000);
  return {
    name: "segmentation",
    figures: {
      articleBytes: Buffer.byteLength(markdown),
      plainTextBytes: Buffer.byteLength(text),
      sentences: ours.result.length,
      splitSentencesMs: Math.round(ours.ms),
      splitSentencesPerSecond: perSecond(ours.result.length, ours.ms),
      splitSentencesByParagraphMs: Math.round(oursByParagraph.ms),
      splitSentencesByParagraphPerSecond: perSecond(oursByParagraph.result, oursByParagraph.ms),
      intlSegmenterSentences: intl.result,
      intlSegmenterMs: Math.round(intl.ms),
      intlSegmenterPerSecond: perSecond(intl.result, intl.ms),
      importSegments: parse.result.segments.length,
      importMs: Math.round(parse.ms),
      importSegmentsPerSecond: perSecond(parse.result.segments.length, parse.ms),
      renderMarkdownMs: Math.round(rendered.ms),
    },
  };
}
