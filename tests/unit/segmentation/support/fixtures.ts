import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SourceFormat } from "@/db/enums";

const FIXTURES = path.join(process.cwd(), "tests", "fixtures", "articles");
const SAMPLE = path.join(process.cwd(), "db", "seed", "unv-women-volunteers-lac.md");

export type Article = { name: string; format: SourceFormat; source: string };

/** The sample article and every test article, safe ones only unless asked. */
export function testArticles({ includeUnsafe = false } = {}): Article[] {
  const articles = readdirSync(FIXTURES)
    .filter((name) => /\.(md|html)$/.test(name) && name !== "README.md")
    .filter((name) => includeUnsafe || !name.startsWith("unsafe-"))
    .sort()
    .map((name) => ({
      name,
      format: (name.endsWith(".md") ? "markdown" : "html") as SourceFormat,
      source: readFileSync(path.join(FIXTURES, name), "utf8"),
    }));
  return [
    { name: "sample (unv-women-volunteers-lac.md)", format: "markdown", source: readFileSync(SAMPLE, "utf8") },
    ...articles,
  ];
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), "utf8");
}
