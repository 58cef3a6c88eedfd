import type { Candidate } from "../candidate";
import { defineLanguage } from "../language-profile";
import { words } from "./word-list";

/** Titles and abbreviations that are followed by more of the sentence, never by its end. */
const NEVER_FINAL = words(`
  Mr Mrs Ms Mx Messrs Mmes Dr Drs Prof Profs Rev Revd Fr Msgr Hon Gen Lt Col Maj Capt Cmdr Cdr Adm
  Sgt Cpl Pvt Brig Lieut Gov Sen Sens Rep Reps Pres Supt Insp Det Atty Mt Ft
  vs v e.g i.e cf viz approx ca incl esp excl
`);

/** Abbreviations that usually stand before a number. */
const BEFORE_NUMBER = words(`
  No Nos Nr N° Nº p pp pg para paras fig figs vol vols ch chap sec sect art arts ex exh eq eqs tab
  ref refs pl op pop n nn b c d l ll
`);

/** Abbreviations that can end a sentence as well as sit inside one. */
const AMBIGUOUS = words(`
  Co Corp Inc Ltd Plc Bros Jr Sr Esq PhD Ph.D M.D B.A M.A B.Sc M.Sc D.Phil etc al dept univ assn
  assoc est govt intl natl misc orig ed eds edn rev mfg mgr div ave blvd rd st hwy sq apt bldg f ff
  ft lb lbs oz pt qt gal mi yd yds min max hr hrs mo mos yr yrs wk wks
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
  Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
  Neb Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo Ont Que Alta
`);

/** Capitalised words that typically open a sentence; after an ambiguous abbreviation they mean one did. */
const SENTENCE_STARTERS = words(`
  a about after again all also although an and another any are as at because before being both but by
  can could did do does during each either even every few first for from had has have he her here his
  how however i if in instead is it its just last later let many meanwhile more moreover most much my
  neither nevertheless next no nobody none nor not now of often on once one only or other our perhaps
  please since so some soon still such than thanks that the their then there therefore these they this
  those though thus to today tomorrow too under unless until we were what whatever when where whether
  which while who whom whose why will with within without would yes yesterday yet you your
`);

/** Words that open a time phrase put before the subject: "At 5 a.m. Mr. Smith went to the bank." */
const TIME_PHRASE_OPENERS = new Set(
  words(`
  at by before after until till around about from since shortly tomorrow today yesterday tonight on
  starting beginning circa approximately roughly just early late sometime every each then and but so
`),
);

/** Capitalised words that go on a time of day: "5 p.m. EST", "6 a.m. Monday". */
const TIME_QUALIFIERS = new Set(
  words(`
  est edt cst cdt mst mdt pst pdt akst hst et ct mt pt gmt utc bst cet cest eet ist jst aest
  eastern central mountain pacific local monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
`),
);

const TIME_OF_DAY = /^[ap]\.m$/i;
const MAX_TIME_PHRASE_WORDS = 6;

function isTimeOfDay(candidate: Candidate): boolean {
  return candidate.cluster.kind === "period" && candidate.attached && TIME_OF_DAY.test(candidate.token);
}

/**
 * A sentence cannot consist of a fronted time phrase alone, so "At 5 a.m." followed by a capital
 * goes on ("At 5 a.m. Mr. Smith went"), while "He left the bank at 6 P.M." is complete and ends
 * before "Mr. Smith then went". This is Golden Rule 18, decided by the shape of the sentence so far.
 */
function isFrontedTimePhrase(candidate: Candidate): boolean {
  const soFar = candidate.sentenceSoFar(60);
  if (soFar === undefined || soFar.includes(",")) return false;
  const phrase = soFar.split(/\s+/);
  return phrase.length <= MAX_TIME_PHRASE_WORDS && TIME_PHRASE_OPENERS.has(phrase[0]!.toLowerCase());
}

export const english = defineLanguage({
  language: "en",
  quotePairs: ["“”", "‘’", '""', "''", "«»", "‹›"],
  abbreviations: { neverFinal: NEVER_FINAL, beforeNumber: BEFORE_NUMBER, ambiguous: AMBIGUOUS },
  sentenceStarters: SENTENCE_STARTERS,
  rules: [
    {
      name: "time of day in a fronted time phrase, or before a time zone or date (At 5 a.m. Mr. Smith)",
      decision: "no-break",
      when: (c) =>
        isTimeOfDay(c) &&
        (c.next.kind !== "upper" || isFrontedTimePhrase(c) || TIME_QUALIFIERS.has(c.next.word.toLowerCase())),
    },
    {
      name: "time of day that ends a complete sentence (at 6 P.M. Mr. Smith then)",
      decision: "break",
      when: isTimeOfDay,
    },
    {
      // "you and I. Did you see Albert I. Jones?": after a lowercase word, "I" is the pronoun.
      name: "the pronoun I ends a sentence",
      decision: "break",
      when: (c) =>
        c.cluster.kind === "period" && c.token === "I" && /^\p{Ll}+$/u.test(c.previousToken) && c.next.kind === "upper",
    },
  ],
});
