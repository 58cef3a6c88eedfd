import { defineLanguage } from "../language-profile";
import { words } from "./word-list";

export const russian = defineLanguage({
  language: "ru",
  quotePairs: ["«»", "„“", "“”", '""'],
  abbreviations: {
    // Spaced abbreviations ("т. е.", "и т. д.") are listed without their inner space.
    neverFinal: words(`г-н г-жа проф акад доц им т.е т.к т.н т.ч напр см ср св тов ул пер просп наб`),
    beforeNumber: words(`с стр д кв т гл рис табл вып ч`),
    ambiguous: words(`
      г гг в вв т.д т.п др пр руб коп тыс млн млрд куб ок мин сек обл р-н пос англ рус лат франц
      нем греч янв февр апр авг сент окт нояб дек
    `),
  },
  sentenceStarters: words(`
    он она оно они мы я вы ты это эта этот эти но а и или в на по после когда если потом затем так
    также однако тогда там здесь сегодня вчера завтра как что почему где кто не все его её их при для
    из за к с у о об от до же уже ещё поэтому кроме во между
  `),
});
