// Editors manage a language pair's glossary term by term; translators and reviewers read it.
import { describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { addGlossaryTerm } from "@/lib/glossary/add-term";
import { deleteGlossaryTerm } from "@/lib/glossary/delete-term";
import { glossaryForPair, listGlossaryTerms } from "@/lib/glossary/list-terms";
import { updateGlossaryTerm } from "@/lib/glossary/update-term";
import { workflowTestBed } from "../workflow/support";
import { auditOf, expectRefusedUnchanged, fieldKey, reviewerUser, termRows, thrownBy, volunteerUser } from "./support";

const bed = workflowTestBed();
const { db } = bed;

const term = (fields: Record<string, unknown>) =>
  addGlossaryTerm(db, bed.editor, { sourceLanguage: "en", targetLanguage: "es", translation: "voluntario", ...fields });

describe("adding a term", () => {
  it("stores the term tidied: trimmed, one space between words, composed accents, forbidden as a list", () => {
    const added = addGlossaryTerm(db, bed.editor, {
      sourceLanguage: "en",
      targetLanguage: "fr",
      term: "  online \t volunteer ",
      translation: " bénévole en ligne ",
      partOfSpeech: " noun ",
      note: "  Never “volontaire”.  ",
      forbidden: "volontaire en ligne | cyberbénévole\nvolontaire en ligne\n\n",
      caseSensitive: "on",
    });
    expect(added).toEqual({
      id: expect.any(Number),
      term: "online volunteer",
      translation: "bénévole en ligne",
      partOfSpeech: "noun",
      note: "Never “volontaire”.",
      forbidden: ["volontaire en ligne", "cyberbénévole"],
      caseSensitive: true,
    });
    const decomposed = addGlossaryTerm(db, bed.editor, {
      sourceLanguage: "fr",
      targetLanguage: "en",
      term: "re\u0301sume\u0301",
      translation: "summary",
      partOfSpeech: "",
      note: "   ",
    });
    expect(decomposed).toMatchObject({
      term: "résumé",
      partOfSpeech: null,
      note: null,
      forbidden: [],
      caseSensitive: false,
    });
    expect(auditOf(db, "glossary.term_added").at(-1)).toMatchObject({
      actorId: bed.editor.id,
      subjectType: "glossary_term",
      subjectId: decomposed.id,
      data: { sourceLanguage: "fr", targetLanguage: "en", term: "résumé", translation: "summary" },
    });
  });

  it("refuses a term the pair already has, naming it, in any case unless both are case-sensitive", () => {
    term({ term: "volunteer" });
    for (const duplicate of ["volunteer", " Volunteer ", "VOLUNTEER"]) {
      const error = expectRefusedUnchanged(db, () => term({ term: duplicate }), ValidationError) as ValidationError;
      expect(error.fields.term).toEqual({ key: "glossary:errors.duplicate", values: { term: "volunteer" } });
    }
    // A case-sensitive "Volunteer" would still underline what the case-insensitive one does.
    expectRefusedUnchanged(db, () => term({ term: "Volunteer", caseSensitive: true }), ValidationError);

    term({ term: "US", translation: "EE. UU.", caseSensitive: true });
    expect(term({ term: "us", translation: "nosotros", caseSensitive: true })).toMatchObject({ term: "us" });
    expectRefusedUnchanged(db, () => term({ term: "Us", translation: "nosotros" }), ValidationError);

    // The same term in another pair is another glossary.
    expect(
      addGlossaryTerm(db, bed.editor, {
        sourceLanguage: "en",
        targetLanguage: "ar",
        term: "volunteer",
        translation: "متطوع",
      }),
    ).toMatchObject({ term: "volunteer", translation: "متطوع" });
  });

  it("refuses empty, overlong or contradictory input field by field, writing nothing", () => {
    const refused = (fields: Record<string, unknown>) =>
      expectRefusedUnchanged(db, () => term({ term: "mangrove", ...fields }), ValidationError);
    expect(fieldKey(refused({ term: "   " }), "term")).toBe("validation:required");
    expect(fieldKey(refused({ term: "x".repeat(201) }), "term")).toBe("validation:tooLong");
    expect(fieldKey(refused({ translation: "" }), "translation")).toBe("validation:required");
    expect(fieldKey(refused({ note: "n".repeat(1001) }), "note")).toBe("validation:tooLong");
    expect(fieldKey(refused({ forbidden: ["manglar", "y".repeat(201)] }), "forbidden")).toBe("validation:tooLong");
    expect(fieldKey(refused({ translation: "manglar", forbidden: ["mangle", "manglar"] }), "forbidden")).toBe(
      "glossary:errors.forbiddenIsTranslation",
    );
    expect(fieldKey(refused({ caseSensitive: "maybe" }), "caseSensitive")).toBe("glossary:errors.caseSensitive");
    expect(fieldKey(refused({ targetLanguage: "en" }), "targetLanguage")).toBe("glossary:errors.samePair");
    expect(fieldKey(refused({ targetLanguage: "xx" }), "targetLanguage")).toBe("validation:invalidChoice");
    expect(term({ term: "x".repeat(200) }).term).toHaveLength(200);
  });

  it("lets only editors add: a volunteer or a reviewer of the language gets not-found and nothing is written", async () => {
    const volunteer = await volunteerUser(db, ["es"]);
    const reviewer = await reviewerUser(db, ["es"]);
    for (const actor of [volunteer, reviewer]) {
      expectRefusedUnchanged(
        db,
        () =>
          addGlossaryTerm(db, actor, {
            sourceLanguage: "en",
            targetLanguage: "es",
            term: "seedling",
            translation: "plántula",
          }),
        NotFoundError,
      );
    }
  });
});

describe("editing and deleting a term", () => {
  it("changes the fields an editor changes and keeps the old values in the audit trail", () => {
    const { id } = term({ term: "stakeholder", translation: "interesado", forbidden: ["stakeholder"] });
    const updated = updateGlossaryTerm(db, bed.editor, {
      id,
      term: "stakeholder",
      translation: "parte interesada",
      note: "Plural: partes interesadas.",
      forbidden: ["stakeholder", "interesado"],
      caseSensitive: false,
    });
    expect(updated).toMatchObject({ id, translation: "parte interesada", forbidden: ["stakeholder", "interesado"] });
    expect(termRows(db).find((row) => row.id === id)).toMatchObject({ translation: "parte interesada" });
    expect(auditOf(db, "glossary.term_updated").at(-1)).toMatchObject({
      subjectId: id,
      data: {
        before: { translation: "interesado", note: null, forbidden: ["stakeholder"] },
        after: {
          translation: "parte interesada",
          note: "Plural: partes interesadas.",
          forbidden: ["stakeholder", "interesado"],
        },
      },
    });

    // Saving the same values again changes nothing and records nothing.
    const events = auditOf(db, "glossary.term_updated").length;
    updateGlossaryTerm(db, bed.editor, updated);
    expect(auditOf(db, "glossary.term_updated")).toHaveLength(events);
  });

  it("refuses to rename a term to another term of the pair", () => {
    term({ term: "mangrove", translation: "manglar" });
    const { id } = term({ term: "mangroves", translation: "manglares" });
    const error = expectRefusedUnchanged(
      db,
      () => updateGlossaryTerm(db, bed.editor, { id, term: "Mangrove", translation: "manglares" }),
      ValidationError,
    );
    expect((error as ValidationError).fields.term).toEqual({
      key: "glossary:errors.duplicate",
      values: { term: "mangrove" },
    });
  });

  it("deletes a term and keeps what it said in the audit trail", () => {
    const { id } = term({ term: "seedling", translation: "plántula", note: "Of a tree." });
    expect(deleteGlossaryTerm(db, bed.editor, { id })).toEqual({ id });
    expect(termRows(db).some((row) => row.id === id)).toBe(false);
    expect(auditOf(db, "glossary.term_deleted").at(-1)).toMatchObject({
      actorId: bed.editor.id,
      subjectId: id,
      data: {
        sourceLanguage: "en",
        targetLanguage: "es",
        term: "seedling",
        translation: "plántula",
        note: "Of a tree.",
      },
    });
    expectRefusedUnchanged(db, () => deleteGlossaryTerm(db, bed.editor, { id }), NotFoundError);
    expectRefusedUnchanged(
      db,
      () => updateGlossaryTerm(db, bed.editor, { id, term: "seedling", translation: "plántula" }),
      NotFoundError,
    );
  });

  it("lets only editors edit or delete", async () => {
    const { id } = term({ term: "wetland", translation: "humedal" });
    const volunteer = await volunteerUser(db, ["es"]);
    const reviewer = await reviewerUser(db, ["es"]);
    for (const actor of [volunteer, reviewer]) {
      expectRefusedUnchanged(
        db,
        () => updateGlossaryTerm(db, actor, { id, term: "wetland", translation: "pantano" }),
        NotFoundError,
      );
      expectRefusedUnchanged(db, () => deleteGlossaryTerm(db, actor, { id }), NotFoundError);
    }
  });
});

describe("reading a glossary", () => {
  it("lists a pair's terms in the source language's order and finds them in any case and accent", () => {
    const pair = { sourceLanguage: "es", targetLanguage: "en" };
    for (const [source, translation, note] of [
      ["Ñandú", "rhea", null],
      ["niño", "child", "Also “kid”."],
      ["árbol", "tree", null],
      ["ola", "wave", null],
    ] as const) {
      addGlossaryTerm(db, bed.editor, { ...pair, term: source, translation, note });
    }
    const all = listGlossaryTerms(db, bed.editor, pair);
    expect(all.terms.map((entry) => entry.term)).toEqual(["árbol", "niño", "Ñandú", "ola"]);
    expect(all).toMatchObject({ total: 4, matching: 4 });
    expect(all.terms[0]).toMatchObject({ createdByName: bed.editor.displayName, createdAt: expect.any(Date) });
    expect(all.pairs).toContainEqual({ sourceLanguage: "es", targetLanguage: "en", terms: 4 });

    expect(listGlossaryTerms(db, bed.editor, { ...pair, query: "NANDU" }).terms.map((entry) => entry.term)).toEqual([
      "Ñandú",
    ]);
    expect(listGlossaryTerms(db, bed.editor, { ...pair, query: "kid" }).terms.map((entry) => entry.term)).toEqual([
      "niño",
    ]);
    expect(listGlossaryTerms(db, bed.editor, { ...pair, query: "arbol tree" })).toMatchObject({
      total: 4,
      matching: 1,
    });
    expect(listGlossaryTerms(db, bed.editor, { ...pair, query: "nothing like it" }).terms).toEqual([]);
  });

  it("shows the editors' list to editors only", async () => {
    const reviewer = await reviewerUser(db, ["es"]);
    expect(
      thrownBy(() => listGlossaryTerms(db, reviewer, { sourceLanguage: "en", targetLanguage: "es" })),
    ).toBeInstanceOf(NotFoundError);
  });

  it("gives a pair's glossary to editors and to whoever translates or reviews its target language", async () => {
    const pair = ["de", "it"] as const;
    addGlossaryTerm(db, bed.editor, {
      sourceLanguage: pair[0],
      targetLanguage: pair[1],
      term: "Wald",
      translation: "bosco",
    });
    const translator = await volunteerUser(db, ["it"]);
    const reviewer = await reviewerUser(db, ["it"]);
    for (const reader of [bed.editor, translator, reviewer]) {
      expect(glossaryForPair(db, reader, ...pair)).toEqual([
        {
          id: expect.any(Number),
          term: "Wald",
          translation: "bosco",
          partOfSpeech: null,
          note: null,
          forbidden: [],
          caseSensitive: false,
        },
      ]);
    }
    const otherTranslator = await volunteerUser(db, ["fr"]);
    const otherReviewer = await reviewerUser(db, ["fr"]);
    for (const outsider of [otherTranslator, otherReviewer]) {
      expect(thrownBy(() => glossaryForPair(db, outsider, ...pair))).toBeInstanceOf(NotFoundError);
    }
    expect(glossaryForPair(db, translator, "en", "it")).toEqual([]);
  });
});
