// Every check, with translations that pass it and translations that fail it, from English into
// Spanish, French and Arabic: what the volunteer sees as they type.
import { describe, expect, it } from "vitest";
import { QA_CHECKS, qaSeverity } from "@/lib/qa/registry";
import { runChecks } from "@/lib/qa/run-checks";
import { glossaryTermsIn } from "@/lib/qa/term-match";
import { QA_CHECK_IDS } from "@/lib/qa/types";
import { resources } from "@/lib/i18n/resources";
import type { Message } from "@/lib/validation/message";
import { GLOSSARY_CASES } from "./cases/glossary";
import { LINK_CASES } from "./cases/links";
import { NUMBER_CASES } from "./cases/numbers";
import { PUNCTUATION_CASES } from "./cases/punctuation";
import { TAG_CASES } from "./cases/tags";
import { TEXT_CASES } from "./cases/text";
import { WHITESPACE_CASES } from "./cases/whitespace";
import { glossaryEntry, type QaCase } from "./support";

const CASES: QaCase[] = [
  ...TAG_CASES,
  ...NUMBER_CASES,
  ...LINK_CASES,
  ...WHITESPACE_CASES,
  ...PUNCTUATION_CASES,
  ...TEXT_CASES,
  ...GLOSSARY_CASES,
];

function issuesFor(row: QaCase) {
  return runChecks({
    source: row.source,
    target: row.translation,
    tags: row.tags ?? [],
    sourceLanguage: "en",
    targetLanguage: row.target,
    glossary: row.glossary ? glossaryTermsIn(row.source, row.glossary, "en") : undefined,
  });
}

/** The string a message key names in one UI language's bundle, or undefined. */
function stringFor(language: "en" | "es", key: string): string | undefined {
  const [namespace, path] = key.split(":") as [string, string];
  let node: unknown = (resources[language] as Record<string, unknown>)[namespace];
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : undefined;
}

const title = (row: QaCase) =>
  `${row.check} en→${row.target} ${row.expected.length === 0 ? "passes" : "fails"}: ${row.about ?? row.translation}`;

describe("quality checks", () => {
  it.each(CASES.map((row) => [title(row), row] as const))("%s", (_title, row) => {
    const issues = issuesFor(row).filter((issue) => issue.check === row.check);
    expect(issues.map((issue) => issue.message)).toEqual(row.expected);
    for (const issue of issues) expect(issue.severity).toBe(qaSeverity(row.check));
  });

  it("has a passing and a failing case for every check in Spanish, French and Arabic", () => {
    const gaps = QA_CHECK_IDS.flatMap((check) =>
      (["es", "fr", "ar"] as const).flatMap((target) => {
        const rows = CASES.filter((row) => row.check === check && row.target === target);
        return [
          ...(rows.some((row) => row.expected.length === 0) ? [] : [`${check} ${target} passing`]),
          ...(rows.some((row) => row.expected.length > 0) ? [] : [`${check} ${target} failing`]),
        ];
      }),
    );
    expect(gaps).toEqual([]);
  });

  it("names the problem in English and Spanish with every value the strings use", () => {
    const messages: Message[] = CASES.flatMap((row) => issuesFor(row).map((issue) => issue.message));
    for (const { key, values } of messages) {
      for (const language of ["en", "es"] as const) {
        const text = stringFor(language, key);
        expect(text, `${language} ${key}`).toBeDefined();
        const used = [...(text ?? "").matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]!);
        expect(Object.keys(values ?? {}).sort(), `${language} ${key}`).toEqual([...new Set(used)].sort());
      }
    }
    for (const check of QA_CHECK_IDS) {
      expect(stringFor("en", `qa:${check}.name`), check).toBeDefined();
      expect(stringFor("es", `qa:${check}.name`), check).toBeDefined();
    }
  });

  it("blocks only on tag problems and empty translations", () => {
    expect(QA_CHECKS.map((check) => check.id)).toEqual([...QA_CHECK_IDS]);
    expect(
      QA_CHECKS.filter((check) => check.severity === "error")
        .map((check) => check.id)
        .sort(),
    ).toEqual(["empty", "tag_extra", "tag_missing", "tag_nesting", "tag_unbalanced"].sort());
  });

  it("reports only that an empty translation is empty", () => {
    const issues = runChecks({
      source: "See the <1>report</1> of 2019.",
      target: "",
      tags: [],
      sourceLanguage: "en",
      targetLanguage: "es",
    });
    expect(issues).toEqual([{ check: "empty", severity: "error", message: { key: "qa:empty.message" } }]);
  });

  it("finds nothing to say about a good translation", () => {
    const issues = runChecks({
      source: "In 2019, the volunteers planted 3,000 mangroves (see the <1>report</1>). Why?",
      target: "En 2019, los voluntarios plantaron 3.000 manglares (mira el <1>informe</1>). ¿Por qué?",
      tags: [{ id: 1, kind: "link", paired: true, open: "[", close: "](https://example.org/r)" }],
      sourceLanguage: "en",
      targetLanguage: "es-MX",
      glossary: glossaryTermsIn("the mangroves", [glossaryEntry("mangrove", "manglar")], "en"),
    });
    expect(issues).toEqual([]);
  });
});
