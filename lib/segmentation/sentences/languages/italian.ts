import { defineLanguage } from "../language-profile";
import { words } from "./word-list";

export const italian = defineLanguage({
  language: "it",
  quotePairs: ["«»", "‹›", "“”", "‘’", '""', "''"],
  abbreviations: {
    neverFinal: words(`
      Sig Sigg Sig.ra Sig.na Sig.ri Dott Dott.ssa Prof Prof.ssa Avv Ing Arch Geom Rag On Mons Rev Spett
      Gent Gent.mo Gent.ma Egr Egr.io Preg Preg.mo Ill.mo S p.es es cfr vs ca
    `),
    beforeNumber: words(`pag pagg p pp n nn art cap vol fig tel`),
    ambiguous: words(`ecc etc S.p.A S.r.l S.n.c a.C d.C gen febbr apr magg giu lug ago sett ott nov dic sec min max`),
  },
  // Elided forms are cut at the apostrophe: "L'uomo" -> "l", "Nell'anno" -> "nell".
  sentenceStarters: words(`
    il lo la i gli le un uno una io tu lui lei noi voi loro questo questa questi queste quello quella
    ma e o però quindi dunque allora poi oggi ieri domani qui non sì se come quando dove perché chi che
    cosa anche inoltre tuttavia infatti così secondo durante dopo prima ogni tutti molti mio mia suo
    sua nel nella per con in a da di su tra fra l c d all dell nell sull quest
  `),
});
