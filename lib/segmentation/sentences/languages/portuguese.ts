import { defineLanguage } from "../language-profile";
import { words } from "./word-list";

export const portuguese = defineLanguage({
  language: "pt",
  quotePairs: ["«»", "‹›", "“”", "‘’", '""', "''"],
  abbreviations: {
    neverFinal: words(`
      Sr Sra Srta Srs Sras Dr Dra Drs Dras Prof Profa Profª Eng Enga Exmo Exma Ilmo Ilma Revmo Pe D Dª
      V.Exa V.Sa Av Sto Sta p.ex ex vs cf aprox
    `),
    beforeNumber: words(`pág págs p pp n nº núm art cap vol fig tel`),
    ambiguous: words(`
      etc Cia Ltda S.A jan fev mar abr mai jun jul ago set out nov dez a.C d.C obs séc min máx hab
    `),
  },
  sentenceStarters: words(`
    o a os as um uma uns umas eu tu ele ela você nós eles elas vocês este esta isto esse essa isso
    aquele aquela mas e ou sem com em no na nos nas por para quando onde como que quem porque hoje ontem
    amanhã depois além também não sim se seu sua meu minha é foi era há ainda então assim porém contudo
    todavia durante desde até segundo cada todos muito mais
  `),
});
