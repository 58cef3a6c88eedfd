import { defineLanguage } from "../language-profile";
import { words } from "./word-list";

export const spanish = defineLanguage({
  language: "es",
  quotePairs: ["«»", "‹›", "“”", "‘’", '""', "''"],
  abbreviations: {
    neverFinal: words(`
      Sr Sra Srta Sres Sras Srs Dr Dra Dres Dras Lic Lda Ldo Lcda Lcdo Ing Arq Prof Profa Excmo Excma
      Ilmo Ilma Rvdo Sto Sta Mons Gral Cnel Tte Cap Pdte D Dña Ud Uds Vd Vds Av Avda p.ej ej vs cf aprox
    `),
    beforeNumber: words(`pág págs p pp núm núms nro n art cap vol fig tel tlf`),
    ambiguous: words(`
      etc Cía S.A S.L S.R.L ene feb abr jun jul ago sep sept oct nov dic a.C d.C Jr admón dpto depto
      gob min máx mín hs hrs
    `),
  },
  sentenceStarters: words(`
    el la los las un una unos unas yo tú él ella usted nosotros nosotras vosotros ellos ellas ustedes
    este esta estos estas ese esa eso esto aquel aquella pero y o sin con en por para cuando donde como
    qué cómo cuándo dónde quién hoy ayer mañana luego después además también no sí se su sus mi mis es
    fue era hay si aunque entonces así al del lo le les me nos te muy más todo todos cada otro otra
    según durante desde hasta tras ante
  `),
});
