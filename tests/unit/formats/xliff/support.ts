// Shared setup for the XLIFF tests: an article whose sentences carry nested, self-closing and
// literal tags and every character XML escapes, jobs into Spanish and Arabic, a job holding every
// segment status at once, and the third-party tools that judge the files.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Db } from "@/db/client";
import { importArticle } from "@/lib/articles/import-article";
import { reimportArticle } from "@/lib/articles/reimport-article";
import type { Actor } from "@/lib/auth/actor";
import { claimJob } from "@/lib/workflow/claim-job";
import { requestChanges } from "@/lib/workflow/request-changes";
import { reviewSegment } from "@/lib/workflow/review-segment";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import { makeUser } from "../../support/factories";
import { POLICY, translationsOf } from "../../workflow/support";

export const ARTICLE = [
  `# Mangroves & "reefs" in 'Fiji'`,
  "",
  `See the [report](https://example.org/r?a=1&b=2 "Q&A") and **bold *nested* text**.`,
  "",
  "An image ![a mangrove](m.png) and `code <1>` here, it's 5 < 6 & 7 > 3.",
  "",
  "Literal \\<1> stays text. The mayor thanked them.",
].join("\n");

/** The segments of ARTICLE, as Tandem stores them. */
export const SOURCES = [
  `Mangroves & "reefs" in 'Fiji'`,
  "See the <1>report</1> and <2>bold <3>nested</3> text</2>.",
  "An image <1/> and <2/> here, it's 5 < 6 & 7 > 3.",
  "a mangrove",
  "Literal \\<1> stays text.",
  "The mayor thanked them.",
];

export const SPANISH = [
  `Manglares & "arrecifes" en 'Fiyi'`,
  "Mira el <1>informe</1> y el <2>texto <3>anidado</3> en negrita</2>.",
  "Una imagen <1/> y <2/> aquí, 5 < 6 & 7 > 3.",
  "un manglar",
  "El literal \\<1> sigue siendo texto.",
  "El alcalde les dio las gracias.",
];

export const ARABIC = [
  `أشجار المانغروف و"الشعاب" في 'فيجي'`,
  "انظر <1>التقرير</1> و<2>نص <3>متداخل</3> غامق</2>.",
  "صورة <1/> و<2/> هنا، 5 < 6 & 7 > 3.",
  "شجرة مانغروف",
  "النص \\<1> يبقى نصًا.",
  "شكرهم رئيس البلدية.",
];

let articles = 0;

export async function people(db: Db) {
  return {
    editor: await makeUser(db, { role: "editor", translate: [], review: [] }),
    translator: await makeUser(db, { translate: ["es", "ar"] }),
    reviewer: await makeUser(db, { role: "reviewer", translate: [], review: ["es", "ar"] }),
  };
}

/** ARTICLE (or `content`) opened for Spanish and Arabic. */
export function importFixture(db: Db, editor: Actor, content = ARTICLE, format: "markdown" | "html" = "markdown") {
  articles += 1;
  const { articleId, jobIds } = importArticle(db, editor, {
    slug: `xliff-article-${articles}`,
    title: `Mangroves & "reefs" ${articles}`,
    sourceLanguage: "en",
    format,
    content,
    sdgGoals: [],
    targetLanguages: ["es", "ar"],
  });
  return { articleId, es: jobIds[0]!, ar: jobIds[1]! };
}

export function saveAll(
  db: Db,
  translator: Actor,
  jobId: number,
  texts: readonly string[],
  status: "draft" | "translated",
) {
  translationsOf(db, jobId).forEach((row, index) => {
    saveSegment(db, translator, { jobId, segmentId: row.segmentId, text: texts[index]!, status, version: row.version });
  });
}

/** A claimed job with every segment translated (confirmed) in `texts`. */
export function translatedJob(db: Db, translator: Actor, jobId: number, texts: readonly string[]) {
  claimJob(db, translator, { jobId }, { policy: POLICY });
  saveAll(db, translator, jobId, texts, "translated");
}

/**
 * The Spanish job back with its translator after a review and a source update, its segments in
 * every status: approved, rejected (with the reviewer's comment), approved, translated, outdated
 * (the old text kept), draft, and a new empty one.
 */
export function jobInEveryStatus(db: Db, actors: Awaited<ReturnType<typeof people>>) {
  const { editor, translator, reviewer } = actors;
  const { articleId, es } = importFixture(db, editor);
  translatedJob(db, translator, es, SPANISH);
  submitJob(db, translator, { jobId: es });
  takeReview(db, reviewer, { jobId: es });
  const rows = translationsOf(db, es);
  const decide = (index: number, decision: "approve" | "reject") => {
    const row = rows[index]!;
    const common = { jobId: es, segmentId: row.segmentId, version: row.version };
    reviewSegment(
      db,
      reviewer,
      decision === "approve"
        ? { decision, ...common }
        : { decision, ...common, comment: "Use «informe» & keep <tags>", category: "terminology", severity: "minor" },
    );
  };
  decide(0, "approve");
  decide(1, "reject");
  decide(2, "approve");
  decide(5, "reject");
  requestChanges(db, reviewer, { jobId: es }, { policy: POLICY });
  const mayor = translationsOf(db, es)[5]!;
  saveSegment(db, translator, {
    jobId: es,
    segmentId: mayor.segmentId,
    text: "El alcalde les agradeció.",
    status: "draft",
    version: mayor.version,
  });
  reimportArticle(db, editor, {
    articleId,
    format: "markdown",
    content: ARTICLE.replace("Literal \\<1> stays text.", "Literal \\<1> stays plain text.") + "\n\nA new sentence.",
  });
  return es;
}

const SCHEMAS = path.join(process.cwd(), "tests", "fixtures", "schemas");
const dir = mkdtempSync(path.join(tmpdir(), "tandem-xliff-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

/** Writes `content` to a temporary file and returns its path, for the command-line tools. */
export function tempFile(content: string, extension: string): string {
  files += 1;
  const file = path.join(dir, `file-${files}.${extension}`);
  writeFileSync(file, content);
  return file;
}

/** xmllint's verdict on an exported file, against the schema of its version ("" when it validates). */
export function schemaErrors(xml: string, version: "2.0" | "1.2"): string {
  const schema = version === "2.0" ? "xliff-2.0/xliff_core_2.0.xsd" : "xliff-1.2/xliff-core-1.2-strict.xsd";
  try {
    execFileSync("xmllint", ["--noout", "--schema", path.join(SCHEMAS, schema), tempFile(xml, "xlf")], {
      stdio: "pipe",
    });
    return "";
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

/** `xml` with the block of the element `name` whose id is `id` changed by `change`. */
function changeBlock(xml: string, name: string, id: number | string, change: (block: string) => string): string {
  const start = xml.indexOf(`<${name} id="${id}"`);
  if (start < 0) throw new Error(`no <${name} id="${id}"> in the file`);
  const end = xml.indexOf(`</${name}>`, start) + `</${name}>`.length;
  return xml.slice(0, start) + change(xml.slice(start, end)) + xml.slice(end);
}

/** An XLIFF 2.0 file with the unit's target set to `target` (inline XML) and its segment's state to `state`. */
export function setTarget20(xml: string, unitId: number | string, target: string, state = "translated"): string {
  return changeBlock(xml, "unit", unitId, (block) =>
    block
      .replace(/<segment state="[^"]*"(?: subState="[^"]*")?>/, `<segment state="${state}">`)
      .replace(/\s*<target>[\s\S]*?<\/target>/, "")
      .replace("</source>", `</source>\n        <target>${target}</target>`),
  );
}

/** An XLIFF 1.2 file with the unit's target set to `target` (inline XML) in state `state`. */
export function setTarget12(xml: string, unitId: number | string, target: string, state = "translated"): string {
  return changeBlock(xml, "trans-unit", unitId, (block) =>
    block.replace(/<target [^>]*>[\s\S]*?<\/target>/, `<target state="${state}">${target}</target>`),
  );
}
