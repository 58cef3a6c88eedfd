import type { Candidate } from "../candidate";
import { defineLanguage } from "../language-profile";
import { words } from "./word-list";

/**
 * German writes ordinal numbers with a period ("am 3. Mai", "der 2. Weltkrieg"), so a number and a
 * period end a sentence only when no ordinal reading fits ("auf Seite 12. Dort ...").
 */
const MONTH_OR_ORDINAL_NOUN =
  /\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez|Jahrhunderts?|Jh|Jhd|Jahrestag|Geburtstag|Todestag|Lebensjahr|Mal|Platz|Rang|Stock|Stockwerk|Etage|Klasse|Liga|Bundesliga|Runde|Spieltag|Auflage|Ausgabe|Weltkriegs?|Semester|Quartal|Kapitel|Absatz|Band|Sinfonie|Symphonie|Akt|Sitzung|Lesung|Advent|Sonntag|Tag|Woche|Monat|Jahr)(?![\p{L}\p{N}])/uy;
/** An article or a date preposition right before the number: "am 3.", "vom 12.", "der 2.". */
const ORDINAL_CONTEXT =
  /(?:^|[\s(„"»«‚'])(?:am|vom|zum|zur|im|beim|ab|bis|seit|der|die|das|den|dem|des|ein|eine|einem|einen|einer|eines|jeden|jedem|jeder|jedes|diesem|diesen|dieser|ihrem|ihren|ihrer|seinem|seinen|seiner|unserem|unseren|unserer)\s+\d{1,4}\.$/iu;

/** A date written with spaces: "3. 5. 2020" seen at "3." and at "5.". */
const DAY_BEFORE_MONTH = /\s+\d{1,2}\.\s*\d{2,4}(?![\p{L}\p{N}.])/uy;
const DAY_AND_MONTH = /(?:^|\s)\d{1,2}\.\s+\d{1,2}\.$/u;

function endsInteger(candidate: Candidate): boolean {
  return candidate.cluster.kind === "period" && /^\d{1,4}$/.test(candidate.token);
}

export const german = defineLanguage({
  language: "de",
  quotePairs: ["„“", "„”", "‚‘", "»«", "«»", "›‹", '""', "''"],
  abbreviations: {
    // Spaced abbreviations ("z. B.", "d. h.") are listed without their inner space.
    neverFinal: words(`
      Dr Prof Hr Hrn Fr Frl Dipl Dipl.-Ing med phil jur rer nat habil theol oec dent vet z.B z.T d.h
      u.a v.a s.o s.u u.U i.d.R i.A i.V o.Ä o.ä u.ä bzw bspw vgl sog ca gem evtl ggf inkl zzgl bzgl lt
    `),
    beforeNumber: words(`Nr Nrn S Bd Bde Abs Art Kap Anm Abb Tab Jh Jhd Ziff Aufl Ausg Tel`),
    ambiguous: words(`
      usw etc ff f Mio Mrd Tsd Std Min Sek Jan Feb Apr Aug Sep Sept Okt Nov Dez Mo Di Mi Do Sa So St
      Str Pl e.V geb gest ehem v.Chr n.Chr Chr Co Ges
    `),
  },
  sentenceStarters: words(`
    der die das den dem des ein eine einer einen einem er sie es ich du wir ihr man dies diese dieser
    dieses aber und oder doch denn auch als wenn weil da dann danach damit deshalb daher trotzdem jedoch
    so zudem außerdem heute gestern morgen hier dort nun jetzt in im am an auf aus bei mit nach seit von
    vor zu zum zur für gegen ohne um wie was wer wo warum wann welche welcher welches mein meine sein
    seine ihre unser unsere nicht kein keine alle viele jeder jede
  `),
  rules: [
    {
      name: "day of a date written with spaces (3. 5. 2020)",
      decision: "no-break",
      when: endsInteger,
      after: DAY_BEFORE_MONTH,
    },
    {
      name: "month of a date written with spaces (3. 5. 2020)",
      decision: "no-break",
      before: DAY_AND_MONTH,
      when: (c) => endsInteger(c) && c.next.kind === "digit",
    },
    {
      name: "ordinal number before a month or a counted noun (vom 12. Juni, die 3. Liga)",
      decision: "no-break",
      when: endsInteger,
      after: MONTH_OR_ORDINAL_NOUN,
    },
    {
      name: "ordinal number after an article or date preposition (am 3., der 2. Weltkrieg)",
      decision: "no-break",
      before: ORDINAL_CONTEXT,
      when: (c) => endsInteger(c) && !c.nextIsSentenceStarter,
    },
  ],
});
