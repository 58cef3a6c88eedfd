// Stored XSS: whatever an article's author (Markdown or HTML import) or a translator types, the HTML
// that public pages put into dangerouslySetInnerHTML carries nothing that runs. Every payload goes
// through each render path a page uses: import then render (source page), renderTranslation
// (publication), and articleBody (what both pages sanitize again when they show it).
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import type { Element, Nodes } from "hast";
import { describe, expect, it } from "vitest";
import { articleBody } from "@/lib/publications/article-body";
import { renderTranslation } from "@/lib/publications/render-translation";
import { parseDocument, render } from "@/lib/segmentation/document";

const HTML_PAYLOADS = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="java&#x09;script:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
  '<img src="javascript:alert(1)" alt="a">',
  "<svg><script>alert(1)</script></svg>",
  "<svg onload=alert(1)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<form action="javascript:alert(1)"><button>go</button></form>',
  '<a href="vbscript:msgbox(1)">x</a>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<blockquote cite="javascript:alert(1)">x</blockquote>',
  '<p><a href="https://example.org" onclick="alert(1)" target="_blank">x</a></p>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
];

const MARKDOWN_PAYLOADS = [
  "[x](javascript:alert(1))",
  "![x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html,<script>alert(1)</script>)",
  "[x]: javascript:alert(1)\n\nSee [x].",
  "<javascript:alert(1)>",
  ...HTML_PAYLOADS.map((payload) => `Before ${payload} after.`),
];

const FORBIDDEN_ELEMENTS = new Set([
  "script",
  "style",
  "iframe",
  "frame",
  "object",
  "embed",
  "form",
  "input",
  "button",
  "svg",
  "math",
  "base",
  "meta",
  "link",
  "noscript",
  "template",
]);
const URL_ATTRIBUTES = ["href", "src", "action", "formAction", "cite", "data", "srcDoc", "xLinkHref"];

const parser = unified().use(rehypeParse, { fragment: true });

/** What a browser would find active in this HTML, parsed as the browser parses it. */
function activeContent(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === "element") inspect(node);
    if ("children" in node) node.children.forEach(visit);
  };
  const inspect = (element: Element) => {
    if (FORBIDDEN_ELEMENTS.has(element.tagName)) found.push(`<${element.tagName}>`);
    for (const [property, value] of Object.entries(element.properties)) {
      if (/^on/i.test(property)) found.push(`${element.tagName}[${property}]`);
      if (property === "style") found.push(`${element.tagName}[style]`);
      if (URL_ATTRIBUTES.includes(property)) {
        const compact = String(value)
          .replace(/[\u0000-\u0020\u007f-\u009f]/g, "")
          .toLowerCase();
        if (/^(javascript|vbscript|data):/.test(compact)) found.push(`${element.tagName}[${property}=${compact}]`);
      }
    }
  };
  visit(parser.parse(html));
  return found;
}

/** The source page: import, render without translations, then what the page shows. */
function sourcePage(content: string, format: "markdown" | "html"): string[] {
  const rendered = render(parseDocument(content, format, "en"), new Map(), "html").output;
  return [rendered, articleBody(rendered).html];
}

/** The publication: every segment "translated" as itself (tags kept), then what the page shows. */
function publishedPage(content: string, format: "markdown" | "html"): string[] {
  const document = parseDocument(content, format, "en");
  const segments = document.segments.map((segment) => ({
    position: segment.position,
    kind: segment.kind,
    sourceText: segment.text,
    text: segment.text,
  }));
  if (segments.length === 0) return [];
  const { html } = renderTranslation(document, segments, "es");
  return [html, articleBody(html).html];
}

describe("the check itself", () => {
  // Without this, a checker that finds nothing would make every test below pass.
  it.each([...HTML_PAYLOADS.filter((payload) => !payload.startsWith("<p><a")), "<p><a onclick=alert(1)>x</a></p>"])(
    "finds %s active when nothing sanitizes it",
    (payload) => {
      expect(activeContent(payload)).not.toEqual([]);
    },
  );
});

describe("stored XSS through an imported HTML article", () => {
  it.each(HTML_PAYLOADS)("%s renders inert on the source and the published page", (payload) => {
    const content = `<h2>Title</h2><p>Intro text.</p>${payload}<p>Closing text.</p>`;
    for (const html of [...sourcePage(content, "html"), ...publishedPage(content, "html")]) {
      expect(activeContent(html), html).toEqual([]);
    }
  });
});

describe("stored XSS through an imported Markdown article", () => {
  it.each(MARKDOWN_PAYLOADS)("%s renders inert on the source and the published page", (payload) => {
    const content = `## Title\n\nIntro text.\n\n${payload}\n\nClosing text.\n`;
    for (const html of [...sourcePage(content, "markdown"), ...publishedPage(content, "markdown")]) {
      expect(activeContent(html), html).toEqual([]);
    }
  });
});

describe("stored XSS typed by a translator", () => {
  const document = parseDocument('<p>See <a href="https://example.org">the site</a> now.</p>', "html", "en");
  const [segment] = document.segments;

  it.each(HTML_PAYLOADS)("a translation containing %s shows it as text", (payload) => {
    const text = segment!.text.replace("now.", `${payload} ahora.`);
    const { html } = renderTranslation(
      document,
      [{ position: segment!.position, kind: segment!.kind, sourceText: segment!.text, text }],
      "es",
    );
    for (const output of [html, articleBody(html).html]) expect(activeContent(output), output).toEqual([]);
    expect(html).toContain("ahora.");
  });
});

describe("stored XSS in a publication's HTML as the database holds it", () => {
  // A publication row written before a sanitizer fix (or by hand) is sanitized again when shown.
  it.each([...HTML_PAYLOADS, '<a href="https://example.org/ok">ok</a>'])(
    "%s is inert when a page shows it",
    (payload) => {
      expect(activeContent(articleBody(`<h2>Title</h2>${payload}`).html)).toEqual([]);
    },
  );

  it("keeps safe links, mail links, same-site paths and images", () => {
    const { html } = articleBody(
      '<p><a href="https://example.org/a">a</a> <a href="mailto:x@example.org">m</a> <a href="/en/a/x/es">p</a> <a href="#n">f</a> <img src="https://example.org/i.png" alt="i"></p>',
    );
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('href="mailto:x@example.org"');
    expect(html).toContain('href="/en/a/x/es"');
    expect(html).toContain('href="#n"');
    expect(html).toContain('src="https://example.org/i.png"');
  });
});
