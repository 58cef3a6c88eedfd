// The certificate of contribution, read back as a PDF reader reads it (pdf.js text extraction).
import { beforeAll, describe, expect, it } from "vitest";
import { certificateFilename } from "@/lib/recognition/certificate-filename";
import { certificatePdf } from "@/lib/recognition/certificate-pdf";
import { contributionOf, type Contribution } from "@/lib/recognition/contribution";
import { importJobs, POLICY, volunteerUser, workflowTestBed } from "../workflow/support";
import { claimJob } from "@/lib/workflow/claim-job";
import { submitJob } from "@/lib/workflow/submit-job";
import { ARABIC, ARTICLE_WORDS, confirm, named, twoVolunteersOneArticle, WORDS } from "./support";

const bed = workflowTestBed();
const { db } = bed;
const ISSUED = new Date("2026-11-28T10:00:00.000Z");

type PdfText = { pages: number; text: string; info: Record<string, unknown> };

/** Every page's text, items joined by spaces in the order pdf.js finds them, and the document info. */
async function readPdf(bytes: Buffer): Promise<PdfText> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str);
  }
  const { info } = await pdf.getMetadata();
  return { pages: pdf.numPages, text: parts.join(" ").replace(/\s+/gu, " "), info: info as Record<string, unknown> };
}

let story: Awaited<ReturnType<typeof twoVolunteersOneArticle>>;
let ana: Contribution;

beforeAll(async () => {
  story = await twoVolunteersOneArticle(db, bed.editor);
  ana = contributionOf(db, story.ana.id);
});

describe("the certificate PDF", () => {
  it("names the volunteer and gives their words, hours, dates and articles, in English", async () => {
    const pdf = await readPdf(
      await certificatePdf({ lng: "en", name: "Ana López", contribution: ana, issuedAt: ISSUED }),
    );
    const words = WORDS.title + WORDS.met + ARTICLE_WORDS;
    expect(pdf.text).toContain("Certificate of contribution");
    expect(pdf.text).toContain("Ana López");
    expect(pdf.text).toContain(`Words donated: ${words}`);
    expect(pdf.text).toContain("about 0.1 hours, estimated at 250 words an hour");
    const day = new Intl.DateTimeFormat("en", { dateStyle: "long" });
    expect(pdf.text).toContain(
      `from ${day.format(ana.firstContributionAt!)} to ${day.format(ana.lastContributionAt!)}`,
    );
    expect(pdf.text).toContain("Issued on November 28, 2026.");
    expect(pdf.text).toContain("Languages: English → Arabic and English → Spanish");
    // The Spanish translation is online under its Spanish title; the Arabic one only approved.
    expect(pdf.text).toContain("Manglares en Fiyi (Spanish, published)");
    expect(pdf.text).toMatch(/Mangroves \d+ \(Arabic\)/u);
    expect(pdf.info).toMatchObject({
      Title: "Certificate of contribution: Ana López",
      Author: "Tandem",
      Subject: "Volunteer translation with Tandem",
      Language: "en",
    });
  });

  it("is written right to left in Arabic, with an Arabic name and the numbers read back in reading order", async () => {
    const salam = await named(db, "سلام الأحمد", () => volunteerUser(db, ["ar"]));
    const jobId = importJobs(db, bed.editor, { targetLanguages: ["ar"] }).job("ar");
    claimJob(db, salam, { jobId }, { policy: POLICY });
    confirm(db, salam, jobId, [0, 1, 2, 3, 4], ARABIC);
    submitJob(db, salam, { jobId });
    const contribution = contributionOf(db, salam.id);

    const pdf = await readPdf(await certificatePdf({ lng: "ar", name: "سلام الأحمد", contribution, issuedAt: ISSUED }));
    const number = new Intl.NumberFormat("ar");
    // "سلام" and "الأحمد" both hold a lam-alef ligature: they read back letter for letter, in order.
    expect(pdf.text).toContain("سلام الأحمد");
    expect(pdf.text).toContain("شهادة مساهمة");
    expect(pdf.text).toContain(`الكلمات المتبرَّع بها : ${number.format(ARTICLE_WORDS)}`);
    expect(pdf.info).toMatchObject({ Title: "شهادة مساهمة: سلام الأحمد", Language: "ar" });
  });

  it("keeps a Latin name whole inside the Arabic text", async () => {
    const pdf = await readPdf(
      await certificatePdf({ lng: "ar", name: "Ana López", contribution: ana, issuedAt: ISSUED }),
    );
    expect(pdf.text).toContain("Ana López");
    expect(pdf.text).toContain("Manglares en Fiyi");
  });

  it("continues the list of articles on further pages", async () => {
    const many: Contribution = {
      ...ana,
      articles: Array.from({ length: 80 }, (_, index) => ({
        ...ana.articles[0]!,
        jobId: -index,
        articleTitle: `Article ${index + 1}`,
      })),
    };
    const pdf = await readPdf(
      await certificatePdf({ lng: "fr", name: "Ana López", contribution: many, issuedAt: ISSUED }),
    );
    expect(pdf.pages).toBeGreaterThan(1);
    expect(pdf.text).toContain("Article 1 (");
    expect(pdf.text).toContain("Article 80 (");
  });
});

describe("the certificate's file name", () => {
  it("is made of the name's Latin letters, or of the account number when there are none", () => {
    expect(certificateFilename("Ana López", 7)).toBe("tandem-certificate-ana-lopez.pdf");
    expect(certificateFilename("سلام الأحمد", 7)).toBe("tandem-certificate-7.pdf");
  });
});
