import { defineLanguage } from "../language-profile";
import { words } from "./word-list";

export const french = defineLanguage({
  language: "fr",
  quotePairs: ["«»", "‹›", "“”", "‘’", '""', "''"],
  // French typography puts a space inside guillemets: « Non. » Il partit.
  closersAfterSpace: "»›",
  abbreviations: {
    neverFinal: words(`M MM Mme Mmes Mlle Mlles Me Mgr Dr Pr Prof Vve St Ste p.ex c.-à-d cf vs env ex`),
    beforeNumber: words(`p pp n° no nº art chap vol fig éd t ch`),
    ambiguous: words(`etc Cie S.A janv févr avr juil sept oct nov déc av bd boul tél hab min max apr`),
  },
  // Elided articles and pronouns are cut at the apostrophe: "L'homme" -> "l", "C'est" -> "c".
  sentenceStarters: words(`
    le la les un une des je tu il elle on nous vous ils elles ce cet cette ces mais et ou donc or ni car
    en dans pour par avec sans sur sous quand où comment pourquoi qui que quoi hier demain puis ensuite
    alors aussi cependant pourtant toutefois ainsi si lorsque selon depuis pendant après avant chaque
    tous tout plusieurs mon ma mes son sa ses leur leurs notre nos votre vos aujourd c l d j qu s n
  `),
});
