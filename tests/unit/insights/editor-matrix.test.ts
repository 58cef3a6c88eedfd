// The editors' matrix: articles by target language, each job's state and progress, and the filters.
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { segments, segmentTranslations } from "@/db/schema";
import { reimportArticle } from "@/lib/articles/reimport-article";
import type { Actor } from "@/lib/auth/actor";
import { NotFoundError } from "@/lib/errors";
import { getEditorMatrix, type EditorMatrix, type MatrixCell } from "@/lib/insights/editor-matrix";
import { publishJob } from "@/lib/publications/publish-job";
import { makeUser } from "../support/factories";
import { approveDirectly } from "../publishing/support";
import { at, importJobs, reviewerUser, SAMPLE, T0, volunteerUser, workflowTestBed } from "../workflow/support";
import { HOUR_MS, SAMPLE_WORDS, setJob } from "./support";

const bed = workflowTestBed();
const { db } = bed;

/** The matrix is read a week after T0; the Spanish mangroves went online the day after T0. */
const NOW = at(7);
const PUBLISHED = at(1);

let ana: Actor;
let ben: Actor;
let marta: Actor;
const ids = { solarEs: 0, solarFr: 0, mangrovesEs: 0, mangrovesFr: 0, lateDe: 0 };

beforeAll(async () => {
  ana = await volunteerUser(db, ["es", "fr", "de"]);
  ben = await volunteerUser(db, ["fr"]);
  marta = await reviewerUser(db, ["es", "fr"]);

  // "Energía solar en Chile": Spanish being translated by Ana, due in 10 hours; French open.
  const solar = importJobs(db, bed.editor, { title: "Energía solar en Chile", targetLanguages: ["es", "fr"] });
  ids.solarEs = solar.job("es");
  ids.solarFr = solar.job("fr");
  setJob(db, ids.solarEs, {
    status: "in_progress",
    assigneeId: ana.id,
    claimedAt: T0,
    dueAt: new Date(NOW.getTime() + 10 * HOUR_MS),
  });
  // Of its 18 words: the first two sentences (3 + 4) approved, the third (4) translated.
  const solarSegments = db
    .select({ id: segmentTranslations.id, position: segments.position })
    .from(segmentTranslations)
    .innerJoin(segments, eq(segments.id, segmentTranslations.segmentId))
    .where(eq(segmentTranslations.jobId, ids.solarEs))
    .all();
  const atPositions = (positions: number[]) =>
    solarSegments.filter((row) => positions.includes(row.position)).map((row) => row.id);
  db.update(segmentTranslations)
    .set({ text: "ES", status: "approved" })
    .where(inArray(segmentTranslations.id, atPositions([0, 1])))
    .run();
  db.update(segmentTranslations)
    .set({ text: "ES", status: "translated" })
    .where(inArray(segmentTranslations.id, atPositions([2])))
    .run();

  // "Mangroves in Fiji": Spanish published by Ana, then the source changed; French approved, Ben's.
  const mangroves = importJobs(db, bed.editor, { title: "Mangroves in Fiji", targetLanguages: ["es", "fr"] });
  ids.mangrovesEs = mangroves.job("es");
  ids.mangrovesFr = mangroves.job("fr");
  approveDirectly(db, ids.mangrovesEs, { translators: [ana], reviewer: marta });
  publishJob(db, bed.editor, { jobId: ids.mangrovesEs }, PUBLISHED);
  reimportArticle(db, bed.editor, {
    articleId: mangroves.articleId,
    format: "markdown",
    content: SAMPLE.replace("The mayor thanked them.", "The mayor thanked every volunteer."),
  });
  setJob(db, ids.mangrovesFr, { status: "approved", assigneeId: ben.id, claimedAt: T0 });

  // "Late article": German claimed by Ana, due yesterday (before the claim sweep has run).
  ids.lateDe = importJobs(db, bed.editor, { title: "Late article", targetLanguages: ["de"] }).job("de");
  setJob(db, ids.lateDe, { status: "in_progress", assigneeId: ana.id, claimedAt: T0, dueAt: at(6) });

  // "Coral reefs": imported, not opened for any language yet.
  importJobs(db, bed.editor, { title: "Coral reefs", targetLanguages: [] });
});

const matrix = (query: Record<string, unknown> = {}, actor: Actor = bed.editor) =>
  getEditorMatrix(db, actor, query, NOW);
const titles = (result: EditorMatrix) => result.rows.map((row) => row.title);
const cell = (result: EditorMatrix, jobId: number): MatrixCell | undefined =>
  result.rows.flatMap((row) => row.cells).find((candidate) => candidate.jobId === jobId);
const cellIds = (result: EditorMatrix) => result.rows.flatMap((row) => row.cells.map((candidate) => candidate.jobId));

describe("the matrix", () => {
  it("lists every article by title, with one column per language some article is open for", () => {
    const result = matrix();
    expect(titles(result)).toEqual(["Coral reefs", "Energía solar en Chile", "Late article", "Mangroves in Fiji"]);
    expect(result.languages).toEqual(["de", "es", "fr"]);
    expect(result.rows[0]!.cells).toEqual([]);
    expect(result.choices.languages).toEqual(["de", "es", "fr"]);
    // Everyone who holds or held a job, once each: Ana holds three.
    expect(result.choices.assignees).toHaveLength(2);
    expect(result.choices.assignees).toEqual(
      expect.arrayContaining([
        { id: ana.id, name: ana.displayName },
        { id: ben.id, name: ben.displayName },
      ]),
    );
  });

  it("shows a job being translated with its translator, due time and progress in words", () => {
    expect(cell(matrix(), ids.solarEs)).toMatchObject({
      status: "in_progress",
      assignee: { id: ana.id, name: ana.displayName },
      dueAt: new Date(NOW.getTime() + 10 * HOUR_MS),
      words: { total: SAMPLE_WORDS, translated: 11, approved: 7 },
      publishedAt: null,
      outdated: false,
      overdue: false,
      dueSoon: true,
      needsAttention: true,
    });
    expect(cell(matrix(), ids.solarFr)).toMatchObject({
      status: "open",
      assignee: null,
      dueAt: null,
      words: { total: SAMPLE_WORDS, translated: 0, approved: 0 },
      needsAttention: false,
    });
  });

  it("flags a page online whose source has changed since, and the segments it outdated", () => {
    const mangroves = cell(matrix(), ids.mangrovesEs)!;
    expect(mangroves).toMatchObject({
      // Returned to the pool by the source update, reserved for Ana; the old page stays online.
      status: "open",
      assignee: null,
      publishedAt: PUBLISHED,
      publicationOutdated: true,
      outdatedSegments: 1,
      outdated: true,
      needsAttention: true,
    });
    // The changed sentence (4 words, now 5) is not translated any more; the others stay approved.
    expect(mangroves.words).toEqual({ total: SAMPLE_WORDS + 1, translated: 14, approved: 14 });
    expect(cell(matrix(), ids.mangrovesFr)).toMatchObject({ status: "approved", outdated: false, dueAt: null });
  });

  it("flags a claim past its due time as overdue", () => {
    expect(cell(matrix(), ids.lateDe)).toMatchObject({ overdue: true, dueSoon: false, needsAttention: true });
  });

  it("lets an editor who reviews a language open its reviews from the matrix", async () => {
    const reviewingEditor = await makeUser(db, { role: "editor", translate: [], review: ["fr"] });
    const result = matrix({}, reviewingEditor);
    expect(cell(result, ids.solarFr)!.canReview).toBe(true);
    expect(cell(result, ids.solarEs)!.canReview).toBe(false);
  });
});

describe("the matrix's filters", () => {
  it("by language: only that column, and only the articles open for it", () => {
    const result = matrix({ language: "fr" });
    expect(result.languages).toEqual(["fr"]);
    expect(titles(result)).toEqual(["Energía solar en Chile", "Mangroves in Fiji"]);
    expect(cellIds(result)).toEqual([ids.solarFr, ids.mangrovesFr]);
  });

  it("by status", () => {
    expect(cellIds(matrix({ status: "in_progress" }))).toEqual([ids.solarEs, ids.lateDe].sort((a, b) => a - b));
    expect(cellIds(matrix({ status: "approved" }))).toEqual([ids.mangrovesFr]);
  });

  it("by assignee: a person, or nobody", () => {
    expect(cellIds(matrix({ assignee: String(ben.id) }))).toEqual([ids.mangrovesFr]);
    expect(cellIds(matrix({ assignee: "none" })).sort()).toEqual([ids.solarFr, ids.mangrovesEs].sort());
  });

  it("by words of the title, in any case and with or without accents", () => {
    expect(titles(matrix({ q: "ENERGIA chile" }))).toEqual(["Energía solar en Chile"]);
    // A title filter alone keeps an article that is not open for any language.
    expect(titles(matrix({ q: "coral" }))).toEqual(["Coral reefs"]);
    expect(titles(matrix({ q: "reefs fiji" }))).toEqual([]);
  });

  it("to what needs attention: outdated, overdue or due within a day", () => {
    const result = matrix({ attention: "1" });
    expect(cellIds(result).sort()).toEqual([ids.solarEs, ids.mangrovesEs, ids.lateDe].sort());
    expect(titles(result)).toEqual(["Energía solar en Chile", "Late article", "Mangroves in Fiji"]);
  });

  it("combined: all of them at once", () => {
    expect(cellIds(matrix({ language: "es", attention: "on", assignee: String(ana.id) }))).toEqual([ids.solarEs]);
  });

  it("ignores what it cannot read instead of failing, as a shared address may be stale", () => {
    const everything = matrix();
    const stale = matrix({ status: "finished", assignee: "someone", language: "<b>", q: "   " });
    expect(stale.rows).toEqual(everything.rows);
    expect(stale.query).toEqual({});
    // A repeated parameter counts by its first value.
    expect(matrix({ language: ["de", "fr"] }).languages).toEqual(["de"]);
    expect(getEditorMatrix(db, bed.editor, "not a query", NOW).rows).toEqual(everything.rows);
  });
});

describe("who sees the matrix", () => {
  it("editors and administrators; for anyone else it does not exist", async () => {
    const admin = await makeUser(db, { role: "admin", translate: [], review: [] });
    expect(titles(matrix({}, admin))).toHaveLength(4);
    for (const actor of [ana, marta]) expect(() => matrix({}, actor)).toThrow(NotFoundError);
  });
});
