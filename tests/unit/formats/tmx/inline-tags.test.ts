// TMX inline markup and Tandem's placeholder tags, both ways, for the shapes real files have:
// tags that cross, lose their partner, move in the translation, or carry their own numbers.
import { describe, expect, it } from "vitest";
import { AmpersandCheck } from "@/lib/formats/tmx/ampersand-check";
import { readTmx } from "@/lib/formats/tmx/read-tmx";
import { segContent } from "@/lib/formats/tmx/tmx-from-tagged";
import { unitsOfTu } from "@/lib/formats/tmx/tu-units";
import { chunked } from "./support";

async function pair(source: string, target: string): Promise<[string, string]> {
  const file = `<tmx><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${source}</seg></tuv><tuv xml:lang="es"><seg>${target}</seg></tuv></tu></body></tmx>`;
  for await (const item of readTmx(chunked(file))) {
    if (item.type === "tu") {
      const [unit] = unitsOfTu(item.tu, "en").units;
      return [unit!.sourceText, unit!.targetText];
    }
  }
  throw new Error("no unit");
}

describe("TMX inline markup to placeholder tags", () => {
  it("keeps the numbers of tags that carry distinct numeric x, and matches the others by order", async () => {
    expect(
      await pair(`A<ph x="7"/>b<bpt i="1" x="3"/>c<ept i="1"/>`, `<bpt i="9" x="3"/>C<ept i="9"/>b<ph x="7"/>A`),
    ).toEqual(["A<7/>b<3>c</3>", "<3>C</3>b<7/>A"]);
    expect(await pair(`<ph/>one <ph/>two`, `dos<ph/> uno<ph/>`)).toEqual(["<1/>one <2/>two", "dos<1/> uno<2/>"]);
  });

  it("makes tags that cross, or lack their partner, self-closing so the text stays valid", async () => {
    const [crossing] = await pair(`<bpt i="1"/>a<bpt i="2"/>b<ept i="1"/>c<ept i="2"/>`, "x");
    expect(crossing).toBe("<1/>a<2>b<3/>c</2>");
    const [orphans] = await pair(`<ept i="5"/>start <bpt i="6"/>open`, "x");
    expect(orphans).toBe("<1/>start <2/>open");
  });

  it("keeps a highlight's text, and keeps the native code and sub-flows of other tags out of the text", async () => {
    expect(
      await pair(`<hi>Big <ph>&lt;img alt="<sub>words</sub>"&gt;</ph>news</hi>`, `<hi>Grandes <ph/>noticias</hi>`),
    ).toEqual(["<1>Big <2/>news</1>", "<1>Grandes <2/>noticias</1>"]);
  });

  it("keeps each tag's native code beside the text, a sub-flow's words inside it", async () => {
    const file = `<tmx><header srclang="en"/><body><tu><tuv xml:lang="en"><seg><hi>Big</hi> <ph>&lt;img alt="<sub>words</sub>"&gt;</ph></seg></tuv><tuv xml:lang="es"><seg><hi>Grandes</hi> <ph/></seg></tuv></tu></body></tmx>`;
    for await (const item of readTmx(chunked(file, 3))) {
      if (item.type === "tu")
        expect(unitsOfTu(item.tu, "en").units[0]!.inlineCodes).toEqual({ "source:2:self": `<img alt="words">` });
    }
  });
});

describe("placeholder tags to TMX inline markup", () => {
  const link = { id: 1, kind: "link" as const, paired: true, open: '<a href="x?a=1&b=2">', close: "</a>" };

  it("writes paired tags as bpt/ept with their markup escaped, self-closing ones as ph", () => {
    expect(segContent("Go <1>here</1><2/> & \\<3> now", new Map([[1, link]]))).toBe(
      `Go <bpt i="1" x="1" type="link">&lt;a href="x?a=1&amp;b=2"&gt;</bpt>here<ept i="1">&lt;/a&gt;</ept><ph x="2"></ph> &amp; &lt;3&gt; now`,
    );
  });

  it("writes an end whose partner is missing as an isolated tag", () => {
    expect(segContent("<1>dangling and </4>closed", new Map([[1, link]]))).toBe(
      `<it pos="begin" x="1" type="link">&lt;a href="x?a=1&amp;b=2"&gt;</it>dangling and <it pos="end" x="4"></it>closed`,
    );
  });
});

describe("finding an unescaped &", () => {
  const scan = (text: string, size = text.length) => {
    const check = new AmpersandCheck();
    for (let start = 0; start < text.length; start += size) {
      const problem = check.scan(text.slice(start, start + size));
      if (problem) return { line: problem.line, column: problem.column };
    }
    const last = check.scan("", true);
    return last && { line: last.line, column: last.column };
  };

  it("accepts references, and a literal & where XML allows one", () => {
    const valid = `<!DOCTYPE tmx SYSTEM "x?a=1&b=2"><tmx a="&quot;&#38;&#x26;"><!-- R&D --><?pi a&b?><seg><![CDATA[A&B]]>&lt;&amp;</seg></tmx>`;
    for (const size of [1, 2, 5, valid.length]) expect(scan(valid, size)).toBeNull();
  });

  it("finds a bare & in text and in attributes, at its line and column, whatever the chunks", () => {
    for (const size of [1, 3, 1000]) {
      expect(scan(`<tmx>\n<seg>Fish & chips</seg>`, size)).toEqual({ line: 2, column: 11 });
      expect(scan(`<tmx>\n\n  <prop type="R&D">`, size)).toEqual({ line: 3, column: 16 });
      expect(scan(`<seg>Tom &amp Jerry`, size)).toEqual({ line: 1, column: 10 });
      expect(scan(`<seg>ends with &`, size)).toEqual({ line: 1, column: 16 });
    }
  });
});
