// Where a glossary's terms are underlined in a segment's source text.
import { describe, expect, it } from "vitest";
import type { GlossaryEntry } from "@/lib/glossary/entry";
import { findGlossaryTerms } from "@/lib/glossary/find-terms";

let nextId = 0;
const entry = (term: string, caseSensitive = false): GlossaryEntry => ({
  id: (nextId += 1),
  term,
  translation: `<${term}>`,
  partOfSpeech: null,
  note: null,
  forbidden: [],
  caseSensitive,
});

/** What the UI would underline: the tagged text between each match's offsets, and the term found. */
function underlined(text: string, terms: GlossaryEntry[], language = "en") {
  return findGlossaryTerms(text, terms, language).map((match) => [text.slice(match.start, match.end), match.term.term]);
}

describe("finding glossary terms in a segment", () => {
  it("matches whole words only, with Unicode letters as word characters", () => {
    const terms = [entry("art"), entry("café"), entry("cafe")];
    expect(underlined("Art and artisanal art; cart; state-of-the-art.", terms)).toEqual([
      ["Art", "art"],
      ["art", "art"],
      ["art", "art"],
    ]);
    expect(underlined("Un café, a cafe, cafés, a caféteria, l'art.", terms, "fr")).toEqual([
      ["café", "café"],
      ["cafe", "cafe"],
      ["art", "art"],
    ]);
    expect(underlined("Ein Café im Zentrum, Cafébesuch", [entry("Café")], "de")).toEqual([["Café", "Café"]]);
  });

  it("is diacritic-sensitive: an accent makes another word", () => {
    expect(underlined("Send your resume, not your résumé.", [entry("résumé")])).toEqual([["résumé", "résumé"]]);
  });

  it("ignores case unless the term is case-sensitive", () => {
    const terms = [entry("Volunteer"), entry("US", true)];
    expect(underlined("VOLUNTEER, volunteer: join us in the US.", terms)).toEqual([
      ["VOLUNTEER", "Volunteer"],
      ["volunteer", "Volunteer"],
      ["US", "US"],
    ]);
    // Greek capital sigma folds to both small sigmas; the accent of "οδός" still counts.
    expect(underlined("ΟΔΟΣ, οδος, οδός", [entry("οδος")], "el")).toEqual([
      ["ΟΔΟΣ", "οδος"],
      ["οδος", "οδος"],
    ]);
  });

  it("matches terms of several words across any spacing", () => {
    expect(underlined("Our online  volunteers and online\u00A0volunteer teams", [entry("online volunteer")])).toEqual([
      ["online  volunteers", "online volunteer"],
      ["online\u00A0volunteer", "online volunteer"],
    ]);
  });

  it("tolerates simple English plurals and possessives, in English only", () => {
    const terms = [entry("volunteer"), entry("bus"), entry("policy"), entry("key")];
    expect(
      underlined("Volunteers, a volunteer's day, the volunteers' bus, two buses, policies, keys, volunteer’s.", terms),
    ).toEqual([
      ["Volunteers", "volunteer"],
      ["volunteer's", "volunteer"],
      ["volunteers'", "volunteer"],
      ["bus", "bus"],
      ["buses", "bus"],
      ["policies", "policy"],
      ["keys", "key"],
      ["volunteer’s", "volunteer"],
    ]);
    expect(underlined("volunteered, volunteering, volunteerism", terms)).toEqual([]);
    expect(underlined("Los volunteers y la policies", terms, "es")).toEqual([]);
  });

  it("prefers the longest match where terms overlap, and never returns overlapping matches", () => {
    const terms = [entry("volunteer"), entry("online volunteer"), entry("volunteer work"), entry("online")];
    expect(underlined("An online volunteer work day; volunteer work online.", terms)).toEqual([
      ["online volunteer", "online volunteer"],
      ["volunteer work", "volunteer work"],
      ["online", "online"],
    ]);
    // An exact plural term beats the singular term with its plural ending.
    expect(underlined("Volunteers", [entry("volunteer"), entry("volunteers")])).toEqual([["Volunteers", "volunteers"]]);
  });

  it("reads through placeholder tags and returns offsets into the tagged text", () => {
    const terms = [entry("art"), entry("online volunteer"), entry("report"), entry("planet")];
    const text = "See the <1>online</1> volunteer <2>report</2> on <3>art</3>isanal mining.";
    expect(findGlossaryTerms(text, terms, "en")).toEqual([
      { start: 11, end: 31, term: terms[1] },
      { start: 35, end: 41, term: terms[2] },
    ]);
    expect(underlined(text, terms)).toEqual([
      ["online</1> volunteer", "online volunteer"],
      ["report", "report"],
    ]);
    // A self-closing tag (a line break, an image) separates words, and its number is never text.
    expect(underlined("<1/>art<2/>planet", terms)).toEqual([
      ["art", "art"],
      ["planet", "planet"],
    ]);
    // A paired tag is invisible: "planet<3>art</3>" reads "planetart", one word.
    expect(underlined("planet<3>art</3>", terms)).toEqual([]);
    expect(underlined("online<4/>volunteer", terms)).toEqual([["online<4/>volunteer", "online volunteer"]]);
    // Escaped literal tags are text the reader sees; offsets still point into the stored text.
    const literal = String.raw`Write \<1>art\</1> literally.`;
    expect(findGlossaryTerms(literal, terms, "en")).toEqual([{ start: 10, end: 13, term: terms[0] }]);
  });

  it("matches Chinese and Japanese terms anywhere, since those scripts have no spaces", () => {
    const terms = [entry("志愿者"), entry("在线志愿者"), entry("UNDP"), entry("ボランティア")];
    expect(underlined("我们的在线志愿者和志愿者们与UNDP的项目", terms, "zh")).toEqual([
      ["在线志愿者", "在线志愿者"],
      ["志愿者", "志愿者"],
      ["UNDP", "UNDP"],
    ]);
    expect(underlined("オンラインボランティアが参加", terms, "ja")).toEqual([["ボランティア", "ボランティア"]]);
    // Korean words take particles at their end, but a term never starts inside a word.
    expect(underlined("자원봉사자가 봉사자를", [entry("자원봉사자"), entry("사자")], "ko")).toEqual([
      ["자원봉사자", "자원봉사자"],
    ]);
  });

  it("finds nothing in an empty text or with an empty glossary, and matches Arabic words whole", () => {
    expect(findGlossaryTerms("", [entry("art")], "en")).toEqual([]);
    expect(findGlossaryTerms("art", [], "en")).toEqual([]);
    expect(underlined("المتطوعون والمتطوع متطوع", [entry("متطوع")], "ar")).toEqual([["متطوع", "متطوع"]]);
  });
});
