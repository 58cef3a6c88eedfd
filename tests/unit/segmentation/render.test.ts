// Translations go back into the article's structure; a translator's tag mistakes are reported, never fatal.
import { describe, expect, it } from "vitest";
import { parseDocument, render } from "@/lib/segmentation/document";
import { fixture } from "./support/fixtures";

const SOURCE =
  'See the [PlanetGOLD](https://planetgold.org "Project site") project. Photo: ![Miners in Peru](/img/miners.jpg)';

function spanish(overrides: Record<string, string> = {}) {
  const document = parseDocument(SOURCE, "markdown", "en");
  const translations = new Map(
    Object.entries({ s1: "Vea el proyecto <1>PlanetGOLD</1>.", s2: "Foto: <1/>", s3: "Mineros en Perú", ...overrides }),
  );
  return { document, translations };
}

describe("rendering a translation", () => {
  it("moves tags where the translator put them, in Markdown and in HTML", () => {
    const { document, translations } = spanish();
    expect(document.segments.map((segment) => segment.text)).toEqual([
      "See the <1>PlanetGOLD</1> project.",
      "Photo: <1/>",
      "Miners in Peru",
    ]);
    expect(render(document, translations, "markdown").output).toBe(
      'Vea el proyecto [PlanetGOLD](https://planetgold.org "Project site"). Foto: ![Mineros en Perú](/img/miners.jpg)',
    );
    expect(render(document, translations, "html").output).toBe(
      '<p>Vea el proyecto <a href="https://planetgold.org" title="Project site">PlanetGOLD</a>. Foto: <img src="/img/miners.jpg" alt="Mineros en Perú"></p>\n',
    );
  });

  it("keeps a volunteer's special characters as text", () => {
    const { document, translations } = spanish({ s1: "Use *stars*, [brackets] and <b>tags</b> <1>here</1>." });
    const markdown = render(document, translations, "markdown").output;
    const again = parseDocument(markdown, "markdown", "es");
    expect(again.segments[0]!.text).toBe("Use *stars*, [brackets] and <b>tags</b> <1>here</1>.");
    expect(render(document, translations, "html").output).toContain(
      "Use *stars*, [brackets] and &#x3C;b>tags&#x3C;/b>",
    );
  });

  it("reports a missing link tag and still renders the words", () => {
    const { document, translations } = spanish({ s1: "Vea el proyecto PlanetGOLD." });
    const { output, problems } = render(document, translations, "html");
    expect(output).toContain("Vea el proyecto PlanetGOLD.");
    expect(problems).toEqual([{ segmentId: "s1", code: "missing_tag", tagId: 1 }]);
  });

  it("puts back an image the translation left out, and reports it", () => {
    const { document, translations } = spanish({ s2: "Foto:" });
    const { output, problems } = render(document, translations, "html");
    expect(output).toContain('<img src="/img/miners.jpg" alt="Mineros en Perú">');
    expect(problems).toEqual([{ segmentId: "s2", code: "missing_tag", tagId: 1 }]);
  });

  it("reports unknown, duplicated and crossed tags instead of failing", () => {
    const cases: [string, string][] = [
      ["Vea <1>el</1> <7>proyecto</7>.", "unknown_tag"],
      ["Vea <1>el</1> <1>proyecto</1>.", "duplicate_tag"],
      ["Vea </1>el proyecto<1>.", "unbalanced_tag"],
    ];
    for (const [translation, code] of cases) {
      const { document, translations } = spanish({ s1: translation });
      const { output, problems } = render(document, translations, "markdown");
      expect(problems.map((problem) => problem.code)).toContain(code);
      expect(output).toContain("proyecto");
    }
  });

  it("falls back to the source for a segment without translation, and says so", () => {
    const { document } = spanish();
    const { output, problems } = render(document, new Map([["s1", "Vea el proyecto <1>PlanetGOLD</1>."]]), "markdown");
    expect(output).toContain("Photo: ![Miners in Peru](/img/miners.jpg)");
    expect(problems).toEqual([
      { segmentId: "s2", code: "missing_translation" },
      { segmentId: "s3", code: "missing_translation" },
    ]);
  });

  it("puts every translated segment of a long article in place, with all its links, emphasis and images", () => {
    for (const [name, format] of [
      ["health-workers-nepal.md", "markdown"],
      ["water-cooperatives-peru.html", "html"],
    ] as const) {
      const document = parseDocument(fixture(name), format, "en");
      const marked = new Map(document.segments.map((segment) => [segment.id, `ES·${segment.text}`]));
      const source = render(document, new Map(document.segments.map((s) => [s.id, s.text])), "html").output;
      const { output, problems } = render(document, marked, "html");
      expect(problems).toEqual([]);
      const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
      expect(count(output, /ES·/g)).toBe(document.segments.length);
      for (const element of [/<a /g, /<strong>/g, /<em>/g, /<img /g, /<code>/g, /<br>/g, /<li>/g, /<td|<th/g]) {
        expect(count(output, element)).toBe(count(source, element));
      }
    }
  });
});

describe("joining translated sentences", () => {
  it("writes Chinese and Japanese sentences without spaces, and spaces them in other languages", () => {
    const english = parseDocument("<p>We met. We planted trees.</p>", "html", "en");
    const chinese = new Map([
      ["s1", "我们见面了。"],
      ["s2", "我们种了树。"],
    ]);
    expect(render(english, chinese, "html", { targetLanguage: "zh" }).output).toBe("<p>我们见面了。我们种了树。</p>\n");

    const source = parseDocument("<p>我们见面了。我们种了树。</p>", "html", "zh");
    expect(source.segments.map((segment) => segment.text)).toEqual(["我们见面了。", "我们种了树。"]);
    const back = new Map([
      ["s1", "We met."],
      ["s2", "We planted trees."],
    ]);
    expect(render(source, back, "html", { targetLanguage: "en" }).output).toBe("<p>We met. We planted trees.</p>\n");
    expect(render(source, back, "html").output).toBe("<p>We met.We planted trees.</p>\n");
  });
});
