// The credit line of a published translation, written in the translation's own language. These are
// content, not interface strings: a page in Swahili thanks its volunteers in Swahili whatever the
// reader's interface language, so the sentences live here and not in locales/.
//
// Each language is a whole sentence, not a template with slots, because word order, cases and
// agreement differ: Turkish and Russian would have to decline a foreign name, so they put it where no
// ending is needed ("X tarafından", "Перевод: X"). Where the word for "volunteer" is gendered (es, pt,
// fr, it, de, ar), the sentence uses a gender-neutral form ("persona voluntaria", "notre volontaire",
// "volontariato", the loanword "Online-Volunteer", "الترجمة:"), since Tandem does not know anyone's gender.
import { textDirection, type ContentLanguage } from "../languages";

export type CreditNames = {
  /** Display names of the volunteers, in the order they first contributed. */
  volunteers: readonly string[];
  /** Display name of the reviewer who approved the translation, if known. */
  reviewer: string | null;
};

/** What a sentence is built from: names already joined as a list in the sentence's language. */
type Credit = {
  /** The volunteers' names as one list ("Ana y Luis"); "" when there is nobody to name. */
  names: string;
  count: number;
  reviewer: string | null;
};

type Phrasing = {
  /** A courtesy a language adds to every name (Japanese 氏, Korean 님). */
  decorate?: (name: string) => string;
  sentence: (credit: Credit) => string;
};

/** A comma before the reviewer clause when the names already ended with "and": "A and B, and reviewed by C". */
const listComma = (credit: Credit) => (credit.count > 1 ? "," : "");

const PHRASINGS: Record<ContentLanguage, Phrasing> = {
  en: {
    sentence: (c) =>
      `This article was translated with the kind support of ${
        c.count === 0
          ? "Online Volunteers"
          : c.count === 1
            ? `Online Volunteer ${c.names}`
            : `Online Volunteers ${c.names}`
      }${c.reviewer ? `${listComma(c)} and reviewed by ${c.reviewer}` : ""}.`,
  },
  es: {
    sentence: (c) =>
      `Este artículo fue traducido con el amable apoyo de ${
        c.count === 0
          ? "personas voluntarias en línea"
          : c.count === 1
            ? `la persona voluntaria en línea ${c.names}`
            : `las personas voluntarias en línea ${c.names}`
      }${c.reviewer ? `${listComma(c)} y revisado por ${c.reviewer}` : ""}.`,
  },
  pt: {
    sentence: (c) =>
      `Este artigo foi traduzido com o gentil apoio ${
        c.count === 0
          ? "de pessoas voluntárias online"
          : c.count === 1
            ? `da pessoa voluntária online ${c.names}`
            : `das pessoas voluntárias online ${c.names}`
      }${c.reviewer ? `${listComma(c)} e revisado por ${c.reviewer}` : ""}.`,
  },
  // "notre"/"nos" instead of "du"/"de la": no gendered article, and no elision before a name ("d'Ana").
  fr: {
    sentence: (c) =>
      `Cet article a été traduit avec l’aimable soutien ${
        c.count === 0
          ? "de volontaires en ligne"
          : c.count === 1
            ? `de notre volontaire en ligne ${c.names}`
            : `de nos volontaires en ligne ${c.names}`
      }${c.reviewer ? `${listComma(c)} et relu par ${c.reviewer}` : ""}.`,
  },
  it: {
    sentence: (c) =>
      `Questo articolo è stato tradotto grazie al gentile supporto ${
        c.count === 0 ? "del volontariato online" : `di ${c.names} nell’ambito del volontariato online`
      }${c.reviewer ? ` e rivisto da ${c.reviewer}` : ""}.`,
  },
  de: {
    sentence: (c) =>
      `Dieser Artikel wurde mit freundlicher Unterstützung ${
        c.count === 0
          ? "von Online-Volunteers"
          : c.count === 1
            ? `von Online-Volunteer ${c.names}`
            : `der Online-Volunteers ${c.names}`
      } übersetzt${c.reviewer ? ` und von ${c.reviewer} geprüft` : ""}.`,
  },
  ru: {
    sentence: (c) =>
      `Эта статья переведена при любезной поддержке ${c.count === 1 ? "онлайн-волонтёра" : "онлайн-волонтёров"}.${
        c.count > 0 ? ` Перевод: ${c.names}.` : ""
      }${c.reviewer ? ` Редактура: ${c.reviewer}.` : ""}`,
  },
  uk: {
    sentence: (c) =>
      `Цю статтю перекладено за любʼязної підтримки ${c.count === 1 ? "онлайн-волонтера" : "онлайн-волонтерів"}.${
        c.count > 0 ? ` Переклад: ${c.names}.` : ""
      }${c.reviewer ? ` Редагування: ${c.reviewer}.` : ""}`,
  },
  // "Translation: X. Review: Y." after the sentence: Arabic would otherwise need a gendered noun for each person.
  ar: {
    sentence: (c) =>
      `تُرجمت هذه المقالة بفضل دعمٍ كريم في إطار التطوع عبر الإنترنت.${c.count > 0 ? ` الترجمة: ${c.names}.` : ""}${
        c.reviewer ? ` المراجعة: ${c.reviewer}.` : ""
      }`,
  },
  hi: {
    sentence: (c) =>
      `इस लेख का अनुवाद ${
        c.count === 0 ? "ऑनलाइन स्वयंसेवकों" : c.count === 1 ? `ऑनलाइन स्वयंसेवक ${c.names}` : `ऑनलाइन स्वयंसेवकों ${c.names}`
      } के सहृदय सहयोग से किया गया है${c.reviewer ? ` और इसकी समीक्षा ${c.reviewer} ने की है` : ""}।`,
  },
  id: {
    sentence: (c) =>
      `Artikel ini diterjemahkan berkat dukungan tulus dari ${
        c.count === 1
          ? `Relawan Daring ${c.names}`
          : c.count === 0
            ? "para Relawan Daring"
            : `para Relawan Daring ${c.names}`
      }${c.reviewer ? `${listComma(c)} dan ditinjau oleh ${c.reviewer}` : ""}.`,
  },
  sw: {
    sentence: (c) =>
      `Makala hii ilitafsiriwa kwa msaada wa dhati wa ${
        c.count === 0
          ? "Wajitolea wa Mtandaoni"
          : c.count === 1
            ? `Mjitolea wa Mtandaoni ${c.names}`
            : `Wajitolea wa Mtandaoni ${c.names}`
      }${c.reviewer ? `${listComma(c)} na kukaguliwa na ${c.reviewer}` : ""}.`,
  },
  // "X tarafından" takes no suffix: a genitive ("X'in") would depend on how a foreign name is pronounced.
  tr: {
    sentence: (c) =>
      `Bu makale, ${
        c.count === 0
          ? "Çevrimiçi Gönüllüler"
          : c.count === 1
            ? `Çevrimiçi Gönüllü ${c.names}`
            : `Çevrimiçi Gönüllüler ${c.names}`
      } tarafından büyük bir özveriyle ${
        c.reviewer ? `çevrilmiş ve ${c.reviewer} tarafından gözden geçirilmiştir` : "çevrilmiştir"
      }.`,
  },
  ja: {
    decorate: (name) => `${name}氏`,
    sentence: (c) =>
      `この記事は、オンラインボランティア${c.count > 0 ? `の${c.names}` : ""}のご協力により翻訳${
        c.reviewer ? `され、${c.reviewer}が校閲しました` : "されました"
      }。`,
  },
  ko: {
    decorate: (name) => `${name} 님`,
    sentence: (c) =>
      `이 기사는 온라인 자원봉사자${c.count > 0 ? ` ${c.names}` : "들"}의 친절한 도움으로 번역되었${
        c.reviewer ? `으며, ${c.reviewer}이 검토했습니다` : "습니다"
      }.`,
  },
  zh: {
    sentence: (c) => `本文承蒙在线志愿者${c.names}鼎力支持翻译完成${c.reviewer ? `，并由${c.reviewer}审校` : ""}。`,
  },
};

const STRONG_RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const FIRST_STRONG = /[\p{L}]/u;

/**
 * A name written in the other direction than the sentence (a Latin name in Arabic, an Arabic name in
 * English) is wrapped in Unicode isolates, so it cannot drag the surrounding punctuation with it.
 */
function isolate(name: string, direction: "ltr" | "rtl"): string {
  const first = FIRST_STRONG.exec(name)?.[0];
  if (first === undefined) return name;
  const nameDirection = STRONG_RTL.test(first) ? "rtl" : "ltr";
  return nameDirection === direction ? name : `\u2068${name}\u2069`;
}

function phrasingFor(language: string): { language: ContentLanguage; phrasing: Phrasing } {
  const primary = language.toLowerCase().split("-")[0] ?? "";
  if (Object.hasOwn(PHRASINGS, primary)) {
    const code = primary as ContentLanguage;
    return { language: code, phrasing: PHRASINGS[code] };
  }
  // Any other language is credited in English rather than not at all.
  return { language: "en", phrasing: PHRASINGS.en };
}

/**
 * The credit line in `language`, e.g. "This article was translated with the kind support of Online
 * Volunteer Christopher Clarke." Several volunteers are joined as the language joins a list.
 */
export function creditLine(language: string, names: CreditNames): string {
  const { language: code, phrasing } = phrasingFor(language);
  const direction = textDirection(code);
  const decorate = (name: string) =>
    isolate(phrasing.decorate ? phrasing.decorate(name.trim()) : name.trim(), direction);
  const volunteers = names.volunteers.filter((name) => name.trim() !== "").map(decorate);
  const reviewer = names.reviewer && names.reviewer.trim() !== "" ? decorate(names.reviewer) : null;
  return phrasing.sentence({
    names: new Intl.ListFormat(code, { type: "conjunction", style: "long" }).format(volunteers),
    count: volunteers.length,
    reviewer,
  });
}
