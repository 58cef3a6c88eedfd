// The volunteers' catalogue: my jobs first, then open jobs in my languages, searched, filtered, sorted.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { claimJob } from "@/lib/workflow/claim-job";
import { catalogueRegions, listCatalogue, type CatalogueFilters } from "@/lib/workflow/list-catalogue";
import { submitJob } from "@/lib/workflow/submit-job";
import { createTestDb } from "../support/test-db";
import { at, confirmAll, editorUser, importJobs, POLICY, SAMPLE, T0, volunteerUser } from "./support";

const db = createTestDb();
let ana: Actor;
let ben: Actor;
let sam: Actor;
/** Job ids by article letter and language, e.g. ids.B.es. */
const ids: Record<string, Record<string, number>> = {};

const sentence = (words: number) => `${Array.from({ length: words - 1 }, (_, index) => `word${index}`).join(" ")} end.`;

beforeAll(async () => {
  const editor = await editorUser(db);
  ana = await volunteerUser(db, ["es"]);
  ben = await volunteerUser(db, ["es"]);
  sam = await volunteerUser(db, ["es", "ar"]);
  // Imported in this order: A is the oldest, F the newest. Word counts: E < B < A (18) < F < C.
  const articles = {
    A: {
      title: "Mangroves in Fiji",
      content: SAMPLE,
      region: "Pacific",
      sdgGoals: [13, 14],
      targetLanguages: ["es", "ar"],
    },
    B: {
      title: "Solar schools in Kenya",
      content: "# Solar schools in Kenya\n\nPanels now power ten rural schools.",
      region: "Africa",
      sdgGoals: [4, 7],
      targetLanguages: ["es", "ar"],
    },
    C: {
      title: "Water for 100% of villages",
      content: `# Water for all\n\n${sentence(40)}`,
      region: "Africa",
      sdgGoals: [6],
      targetLanguages: ["es", "ar"],
    },
    D: { title: "Mangrove nurseries grow", content: "Nurseries grow.", sdgGoals: [14], targetLanguages: ["es"] },
    E: { title: "Zebra crossings", content: "# Zebra crossings\n\nChildren cross safely.", targetLanguages: ["es"] },
    F: { title: "Bees and biodiversity", content: sentence(25), region: "Europe", targetLanguages: ["es"] },
  };
  for (const [letter, options] of Object.entries(articles)) {
    const imported = importJobs(db, editor, options);
    ids[letter] = Object.fromEntries(options.targetLanguages.map((language) => [language, imported.job(language)]));
  }
  const claim = (actor: Actor, jobId: number, days: number) =>
    claimJob(db, actor, { jobId, days }, { policy: { ...POLICY, maxActiveClaims: 5 }, now: T0 });
  claim(ana, ids.B!.es!, 2);
  claim(ana, ids.E!.es!, 10);
  confirmAll(db, ana, ids.E!.es!);
  submitJob(db, ana, { jobId: ids.E!.es! }, T0);
  claim(ben, ids.D!.es!, 5);
});

const list = (actor: Actor, filters?: CatalogueFilters) =>
  listCatalogue(db, actor, filters).map((entry) => entry.jobId);
const es = (...letters: string[]) => letters.map((letter) => ids[letter]!.es!);

describe("the catalogue", () => {
  it("lists my jobs first, then open jobs in my languages, newest first", () => {
    expect(list(ana)).toEqual(es("E", "B", "F", "C", "A"));
    const entries = listCatalogue(db, ana);
    expect(entries.map((entry) => entry.mine)).toEqual([true, true, false, false, false]);
    expect(entries.find((entry) => entry.jobId === ids.B!.es)).toMatchObject({
      title: "Solar schools in Kenya",
      sourceLanguage: "en",
      targetLanguage: "es",
      region: "Africa",
      sdgGoals: [4, 7],
      status: "in_progress",
      dueAt: at(2),
      mine: true,
    });
    expect(entries.find((entry) => entry.jobId === ids.E!.es)).toMatchObject({ status: "in_review", mine: true });
    expect(
      entries.filter((entry) => !entry.mine).every((entry) => entry.status === "open" && entry.dueAt === null),
    ).toBe(true);
  });

  it("hides jobs claimed by someone else and open jobs in other languages", () => {
    expect(list(ana)).not.toContain(ids.D!.es);
    expect(list(ben)).toEqual([...es("D", "F", "C", "A")]);
    const languages = new Set(listCatalogue(db, ana).map((entry) => entry.targetLanguage));
    expect([...languages]).toEqual(["es"]);
  });

  it("shows open jobs of every language the volunteer translates into, or only the one asked for", () => {
    const open = (filters?: CatalogueFilters) =>
      listCatalogue(db, sam, filters).map((entry) => `${entry.title}/${entry.targetLanguage}`);
    expect(open()).toHaveLength(6);
    expect(open({ targetLanguage: "ar" })).toEqual([
      "Water for 100% of villages/ar",
      "Solar schools in Kenya/ar",
      "Mangroves in Fiji/ar",
    ]);
    expect(open({ targetLanguage: "es" })).toEqual([
      "Bees and biodiversity/es",
      "Water for 100% of villages/es",
      "Mangroves in Fiji/es",
    ]);
    expect(open({ targetLanguage: "fr" })).toEqual([]);
  });

  it("shows nothing to a volunteer without languages or jobs", async () => {
    const newcomer = await volunteerUser(db, []);
    expect(listCatalogue(db, newcomer)).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ["both words, in any order and case", "KENYA solar", ["B"]],
    ["a word inside the title", "mangrove", ["A"]],
    ["a word with an accent and capitals the title does not have", "BÉES", ["F"]],
    ["words from different titles", "solar fiji", []],
    ["a percent sign, literally", "%", ["C"]],
    ["an underscore, literally", "_", []],
    ["blank text, as no search", "   ", ["E", "B", "F", "C", "A"]],
  ])("searches titles for %s", (_, q, letters) => {
    expect(list(ana, { q })).toEqual(es(...letters));
  });

  it("filters by region and by Sustainable Development Goal", () => {
    expect(list(ana, { region: "Africa" })).toEqual(es("B", "C"));
    expect(list(ana, { region: "Pacific" })).toEqual(es("A"));
    expect(list(ana, { region: "Antarctica" })).toEqual([]);
    expect(list(ana, { sdg: 6 })).toEqual(es("C"));
    expect(list(ana, { sdg: 14 })).toEqual(es("A"));
    expect(list(ana, { sdg: 4 })).toEqual(es("B"));
    expect(list(ana, { sdg: 17 })).toEqual([]);
    expect(list(ana, { sdg: 14, region: "Africa" })).toEqual([]);
    expect(catalogueRegions(db, ana)).toEqual(["Africa", "Europe", "Pacific"]);
  });

  it.each<[CatalogueFilters["sort"], string[]]>([
    ["newest", ["E", "B", "F", "C", "A"]],
    ["title", ["B", "E", "F", "A", "C"]],
    ["words", ["E", "B", "A", "F", "C"]],
    ["due", ["B", "E", "A", "C", "F"]],
  ])("sorts by %s, keeping my jobs first", (sort, letters) => {
    expect(list(ana, { sort })).toEqual(es(...letters));
  });

  it("counts the words of each job's source", () => {
    const words = listCatalogue(db, ana, { sort: "words" }).map((entry) => entry.words);
    expect(words.slice(2)).toEqual([...words.slice(2)].sort((a, b) => a - b));
    expect(words.every((count) => count > 0)).toBe(true);
    expect(listCatalogue(db, ana).find((entry) => entry.jobId === ids.C!.es)!.words).toBe(43);
  });
});
