import { describe, expect, it } from "vitest";
import { sentenceSpans, splitSentences, type SplitOptions } from "@/lib/segmentation/sentences";

const OBJECT = "\uFFFC";

/** The documented contract of sentenceSpans: returns the spans, or fails with the first broken promise. */
function expectValidSpans(text: string, lang: string, options?: SplitOptions) {
  const spans = sentenceSpans(text, lang, options);
  let covered = 0;
  const problems: string[] = [];
  for (const { start, end } of spans) {
    if (start < covered || end <= start) problems.push(`span ${start}-${end} is out of order or empty`);
    if (text.slice(covered, start).trim() !== "") problems.push(`text before ${start} is not whitespace`);
    if (text.slice(start, end).trim().length !== end - start) problems.push(`span ${start}-${end} is not trimmed`);
    covered = end;
  }
  if (text.slice(covered).trim() !== "") problems.push("text after the last span is not whitespace");
  expect(problems.slice(0, 3)).toEqual([]);
  return spans;
}

describe("the issue's examples", () => {
  it.each([
    ["en", "The U.N. Security Council met today. Dr. Smith spoke first.", 2],
    ["en", "Results are on p. 14. The U.N. report came out at 10 a.m. on Monday.", 2],
    ["en", 'He raised his hand. "Stop!" he said. Then he left.', 3],
    ["de", "Am 3. Mai ist die Wahl. Bitte z.B. Unterlagen mitbringen. Prof. Dr. med. Weber leitet.", 3],
  ])("%s: %s", (lang, text, count) => {
    expect(splitSentences(text, lang)).toHaveLength(count);
  });

  it("keeps the abbreviations inside their sentences", () => {
    expect(splitSentences('"Stop!" he said.', "en")).toEqual(['"Stop!" he said.']);
    expect(splitSentences("Am 3. Mai fand die Wahl statt, z.B. in Bayern.", "de")).toHaveLength(1);
    expect(splitSentences("Prof. Dr. med. Weber leitet die Klinik.", "de")).toHaveLength(1);
    expect(splitSentences("We met at 9 a.m. and left at noon.", "en")).toHaveLength(1);
  });
});

describe("Portuguese", () => {
  it.each<[string, string[]]>([
    ["O Sr. Silva chegou. A Sra. Costa saiu.", ["O Sr. Silva chegou.", "A Sra. Costa saiu."]],
    [
      "A Srta. Lima e o Dr. Souza chegaram cedo. A Dra. Alves veio depois.",
      ["A Srta. Lima e o Dr. Souza chegaram cedo.", "A Dra. Alves veio depois."],
    ],
    ["Veja a pág. 12 do relatório. Os números estão lá.", ["Veja a pág. 12 do relatório.", "Os números estão lá."]],
    ["Compramos maçãs, peras etc. Depois fomos para casa.", ["Compramos maçãs, peras etc.", "Depois fomos para casa."]],
    ["Compramos maçãs, peras etc. e voltamos.", ["Compramos maçãs, peras etc. e voltamos."]],
    ["Há frutas, p. ex. manga e caju. Comemos tudo.", ["Há frutas, p. ex. manga e caju.", "Comemos tudo."]],
    [
      "O Prof. Mendes e a Profa. Dias falaram na Av. Paulista. Foi um sucesso.",
      ["O Prof. Mendes e a Profa. Dias falaram na Av. Paulista.", "Foi um sucesso."],
    ],
    [
      "A reunião custou R$ 1.250,50 no total. Ninguém reclamou.",
      ["A reunião custou R$ 1.250,50 no total.", "Ninguém reclamou."],
    ],
    ["Você vem? Sim, vou! Até já.", ["Você vem?", "Sim, vou!", "Até já."]],
    ["Ela disse: «Vou sair às 5. Volto logo.» E saiu.", ["Ela disse: «Vou sair às 5. Volto logo.»", "E saiu."]],
    [
      "O art. 5 da Constituição garante direitos. O Exmo. Sr. Presidente assinou.",
      ["O art. 5 da Constituição garante direitos.", "O Exmo. Sr. Presidente assinou."],
    ],
  ])("%s", (text, expected) => {
    expect(splitSentences(text, "pt")).toEqual(expected);
  });
});

// pragmatic_segmenter's README has no Golden Rules for French or Chinese.
describe("other languages with rules", () => {
  it.each<[string, string, string[]]>([
    ["fr", "M. Dupont est arrivé. Mme Martin est partie.", ["M. Dupont est arrivé.", "Mme Martin est partie."]],
    [
      "fr",
      "Des fruits, p. ex. des pommes. Nous les mangeons.",
      ["Des fruits, p. ex. des pommes.", "Nous les mangeons."],
    ],
    [
      "fr",
      "Il vit à Lyon, c.-à-d. dans le Rhône. C'est tout.",
      ["Il vit à Lyon, c.-à-d. dans le Rhône.", "C'est tout."],
    ],
    ["fr", "« Bonjour. » Il partit.", ["« Bonjour. »", "Il partit."]],
    ["fr", "Quoi ? Il est parti ! Incroyable.", ["Quoi ?", "Il est parti !", "Incroyable."]],
    ["zh", "我爱你。你爱我吗？当然！", ["我爱你。", "你爱我吗？", "当然！"]],
    ["zh", "他说：“今天很冷。我们回家吧。”大家都同意了。", ["他说：“今天很冷。我们回家吧。”", "大家都同意了。"]],
    ["zh", "价格是3.14元。很便宜。", ["价格是3.14元。", "很便宜。"]],
    ["ja", "「そうだ。」と彼は言った。次の日、雨が降った。", ["「そうだ。」と彼は言った。", "次の日、雨が降った。"]],
    ["ja", "「行こう。」彼は立ち上がった。", ["「行こう。」", "彼は立ち上がった。"]],
    ["ru", "Это было в 2010 г. Потом всё изменилось.", ["Это было в 2010 г.", "Потом всё изменилось."]],
    ["ru", "Он купил хлеб, молоко и т. д. Потом пошёл домой.", ["Он купил хлеб, молоко и т. д.", "Потом пошёл домой."]],
    ["ru", "А. С. Пушкин родился в Москве. Это было давно.", ["А. С. Пушкин родился в Москве.", "Это было давно."]],
    ["it", "Il Dott. Rossi è arrivato. La Sig.ra Bianchi no.", ["Il Dott. Rossi è arrivato.", "La Sig.ra Bianchi no."]],
    ["es", "La Sra. Pérez leyó la pág. 3, etc. Es todo.", ["La Sra. Pérez leyó la pág. 3, etc.", "Es todo."]],
    [
      "de",
      "Die Wahl war am 3. 5. 2020. Danach kam der Sommer.",
      ["Die Wahl war am 3. 5. 2020.", "Danach kam der Sommer."],
    ],
    ["ar", "قال د. أحمد: هذا مهم. ثم غادر.", ["قال د. أحمد:", "هذا مهم.", "ثم غادر."]],
  ])("%s: %s", (lang, text, expected) => {
    expect(splitSentences(text, lang)).toEqual(expected);
  });
});

describe("sentenceSpans", () => {
  it("gives ordered, trimmed spans that leave only whitespace between them", () => {
    expect(sentenceSpans("  Hello world.  Next one.  ", "en")).toEqual([
      { start: 2, end: 14 },
      { start: 16, end: 25 },
    ]);
  });

  it("gives nothing for empty or blank text", () => {
    expect(sentenceSpans("", "en")).toEqual([]);
    expect(sentenceSpans(" \n\t\u00a0", "en")).toEqual([]);
    expect(splitSentences("   ", "xx")).toEqual([]);
  });

  it.each<[string, string, SplitOptions | undefined]>([
    ["en", `He said (see Fig. 3) that “it works. Really.” Then ${OBJECT} left.\nNew line… and more?!  `, undefined],
    ["en", "1. First item 2. Second item\r\n\r\n• 3. Third", { newlines: "space" }],
    ["de", "„Ja.“ Am 3. Mai, z. B. um 10 Uhr. Siehe https://example.org/a.b?c=1. Fertig", undefined],
    ["ja", "これはペンです。\n「そうだ。」と言った。", undefined],
    ["ar", "سؤال: ماذا؟ جواب، هنا، وهناك.", undefined],
    ["ko", "안녕하세요. 반갑습니다.\n다음 줄", undefined],
  ])("keeps its contract on %s text", (lang, text, options) => {
    const spans = expectValidSpans(text, lang, options);
    const sentences = splitSentences(text, lang, options);
    expect(sentences).toEqual(spans.map(({ start, end }) => text.slice(start, end).replace(/\s+/g, " ")));
  });

  it("collapses whitespace inside a sentence only in splitSentences", () => {
    const text = "One\u00a0 two\n three.\tFour.";
    expect(splitSentences(text, "en", { newlines: "space" })).toEqual(["One two three.", "Four."]);
    expect(sentenceSpans(text, "en", { newlines: "space" })).toEqual([
      { start: 0, end: 16 },
      { start: 17, end: 22 },
    ]);
  });

  it("treats U+FFFC as a word that is never an abbreviation", () => {
    expect(splitSentences(`See ${OBJECT}. Smith agrees.`, "en")).toEqual([`See ${OBJECT}.`, "Smith agrees."]);
    expect(splitSentences("See E. Smith agrees.", "en")).toEqual(["See E. Smith agrees."]);
    expect(splitSentences(`The chart ${OBJECT} shows growth. It rose.`, "en")).toEqual([
      `The chart ${OBJECT} shows growth.`,
      "It rose.",
    ]);
    expect(splitSentences(`Open ${OBJECT}${OBJECT} now. ${OBJECT} Done.`, "en")).toEqual([
      `Open ${OBJECT}${OBJECT} now.`,
      `${OBJECT} Done.`,
    ]);
  });
});

describe("newlines", () => {
  it("ends a sentence at a newline by default", () => {
    expect(splitSentences("First line\nsecond line", "en")).toEqual(["First line", "second line"]);
    expect(splitSentences("First line\r\nSecond line", "en")).toEqual(["First line", "Second line"]);
    expect(splitSentences("Title\n\nBody text.", "en")).toEqual(["Title", "Body text."]);
    expect(splitSentences("Mr.\nSmith", "en")).toEqual(["Mr.", "Smith"]);
  });

  it("keeps an errant newline (after a space, before a lowercase letter) inside the sentence", () => {
    expect(splitSentences("It was a cold \nnight.", "en")).toEqual(["It was a cold night."]);
    expect(splitSentences("It was a cold \n\nnight.", "en")).toEqual(["It was a cold", "night."]);
    expect(splitSentences("It was a cold \nNight.", "en")).toEqual(["It was a cold", "Night."]);
  });

  it("treats newlines as spaces in space mode", () => {
    expect(splitSentences("This is a sentence\ncut off. Next.", "en", { newlines: "space" })).toEqual([
      "This is a sentence cut off.",
      "Next.",
    ]);
    expect(splitSentences("Title\n\nBody text.", "en", { newlines: "space" })).toEqual(["Title Body text."]);
  });

  it("applies to languages without rules too", () => {
    expect(splitSentences("Eerste regel\ntweede regel", "nl")).toEqual(["Eerste regel", "tweede regel"]);
    expect(splitSentences("Eerste regel\ntweede regel", "nl", { newlines: "space" })).toEqual([
      "Eerste regel tweede regel",
    ]);
  });
});

describe("language tags", () => {
  it.each(["en", "EN", "en-US", "en_GB", "en-Latn-US"])("reads %s as English", (tag) => {
    expect(splitSentences("Mr. Smith came. He left.", tag)).toEqual(["Mr. Smith came.", "He left."]);
  });

  it("uses the base language of a regional or script tag", () => {
    expect(splitSentences("O Sr. Silva chegou. A Sra. Costa saiu.", "pt-BR")).toHaveLength(2);
    expect(splitSentences("我爱你。你爱我吗？", "zh-Hans")).toEqual(["我爱你。", "你爱我吗？"]);
    expect(splitSentences("Er kam am 3. Mai.", "de-AT")).toEqual(["Er kam am 3. Mai."]);
  });
});

describe("languages without rules", () => {
  it("fall back to Intl.Segmenter", () => {
    expect(splitSentences("Dit is een zin. Dit is nog een zin.", "nl")).toEqual([
      "Dit is een zin.",
      "Dit is nog een zin.",
    ]);
    expect(splitSentences("안녕하세요. 반갑습니다.", "ko")).toEqual(["안녕하세요.", "반갑습니다."]);
  });

  it("still never split inside a URL, an e-mail address or a number", () => {
    // UAX #29 alone breaks after "?" here.
    expect(splitSentences("Zie https://example.com/Pagina?Id=5 voor meer. Klaar.", "nl")).toEqual([
      "Zie https://example.com/Pagina?Id=5 voor meer.",
      "Klaar.",
    ]);
    expect(splitSentences("Mail jan.Jansen@example.nl of bel. Het kost 3.14 euro.", "nl")).toEqual([
      "Mail jan.Jansen@example.nl of bel.",
      "Het kost 3.14 euro.",
    ]);
  });

  it("accept a tag Intl does not know", () => {
    expect(splitSentences("One sentence. Another one.", "not a tag!")).toEqual(["One sentence.", "Another one."]);
    expect(splitSentences("One sentence. Another one.", "")).toEqual(["One sentence.", "Another one."]);
  });

  it("stay linear on long text", () => {
    const text = "Dit is een zin met https://example.org/x?y=1. ".repeat(20_000);
    expect(sentenceSpans(text, "nl")).toHaveLength(20_000);
  });
});

describe("speed", () => {
  // Linear time: inputs built to make a careless splitter quadratic finish quickly (the limit is generous).
  it.each([
    ["dots", "."],
    ["spaced dots", ". "],
    ["openers", "("],
    ["quoted sentences", '"A. '],
    ["list labels", "1. "],
    ["at signs", "a@"],
    ["web prefixes", "www."],
  ])("handles 1 MB of %s", (_name, unit) => {
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    sentenceSpans(text, "en");
    expect(performance.now() - started).toBeLessThan(5_000);
    expectValidSpans(text, "en");
  });
});
