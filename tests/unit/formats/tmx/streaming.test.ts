// The reader never needs the whole file: fed in chunks of any size - one byte (splitting every
// multi-byte character, entity and tag), a few bytes, up to 64 KB - it reads the same units. And it
// hands each translation unit on before the next chunk arrives.
import { describe, expect, it } from "vitest";
import { readTmx } from "@/lib/formats/tmx/read-tmx";
import { unitsOfTu, type UnitCandidate } from "@/lib/formats/tmx/tu-units";
import { chunked, fixture } from "./support";

const CHUNK_SIZES = [1, 2, 3, 5, 16, 100, 1024, 64 * 1024];

async function readUnits(chunks: AsyncIterable<Uint8Array | string>): Promise<UnitCandidate[]> {
  const units: UnitCandidate[] = [];
  let srclang = "";
  for await (const item of readTmx(chunks)) {
    if (item.type === "header") srclang = item.header.srclang;
    else units.push(...unitsOfTu(item.tu, srclang).units);
  }
  return units;
}

/** A file with what chunk boundaries can split: multi-byte UTF-8, entities, CDATA, a comment with "&". */
function awkwardFile(): Buffer {
  const units = Array.from(
    { length: 60 },
    (_, index) =>
      `<tu tuid="${index}"><!-- a & b --><tuv xml:lang="en"><seg>Caf&#233; n&#xB0;${index} &amp; “quotes” 🌍 <bpt i="1" x="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept><![CDATA[ <raw> & ]]></seg></tuv>` +
      `<tuv xml:lang="zh"><seg>咖啡 ${index} 号 🌍 <bpt i="1" x="1">&lt;b&gt;</bpt>粗体<ept i="1">&lt;/b&gt;</ept></seg></tuv></tu>\n`,
  );
  return Buffer.from(
    `\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/><body>\n${units.join("")}</body></tmx>\n`,
  );
}

describe("reading TMX as a stream", () => {
  it.each([
    ["the fixture", fixture("inline-and-languages.tmx")],
    ["a file of split characters, references, CDATA and comments", awkwardFile()],
  ])("reads %s the same whatever the chunk size", async (_name, bytes) => {
    const whole = await readUnits(chunked(bytes, bytes.length));
    expect(whole.length).toBeGreaterThan(5);
    for (const size of CHUNK_SIZES) expect(await readUnits(chunked(bytes, size)), `chunks of ${size}`).toEqual(whole);
  });

  it("decodes what chunk boundaries split", async () => {
    const [first] = await readUnits(chunked(awkwardFile(), 1));
    expect(first).toMatchObject({
      sourceText: "Café n°0 & “quotes” 🌍 <1>bold</1> <raw> &",
      targetText: "咖啡 0 号 🌍 <1>粗体</1>",
    });
  });

  it("hands on each translation unit before reading the rest of the file", async () => {
    let chunksRead = 0;
    const bytes = awkwardFile();
    const counting = (async function* () {
      for await (const chunk of chunked(bytes, 1024)) {
        chunksRead += 1;
        yield chunk as Uint8Array;
      }
    })();
    const readWhenSeen: number[] = [];
    for await (const item of readTmx(counting)) if (item.type === "tu") readWhenSeen.push(chunksRead);
    const total = Math.ceil(bytes.length / 1024);
    expect(readWhenSeen[0]).toBeLessThan(3);
    expect(readWhenSeen.filter((chunks) => chunks < total / 2).length).toBeGreaterThan(20);
  });
});
