// The certificate of contribution as a PDF, written server-side in the reader's interface language
// (right to left in Arabic): the volunteer's name, words donated, hours estimated from them, the
// dates of their first and last contribution, and the articles they translated.
import PDFDocument from "pdfkit";
import { getT } from "../i18n/server";
import type { UiLanguage } from "../i18n/settings";
import { languageName, textDirection } from "../languages";
import type { Contribution } from "./contribution";
import type { CreditedArticle } from "./credited-work";
import { hoursText } from "./hours-text";
import { currentFontCovers, mapArabicLigaturesInVisualOrder } from "./pdf/embedded-fonts";
import { certificateFonts } from "./pdf/fonts";
import { TextFlow, type TextStyle } from "./pdf/text-flow";

export type CertificateInput = {
  lng: UiLanguage;
  name: string;
  contribution: Contribution;
  issuedAt: Date;
};

// The colours of the site (app/globals.css): text, muted text, primary.
const TEXT = "#1b1f24";
const MUTED = "#4a5561";
const PRIMARY = "#0b5aa8";

/** A4 in points, with room inside the border. */
const PAGE = { width: 595.28, height: 841.89 };
const BORDER_INSET = 28;
const MARGIN = 64;

const style = (font: TextStyle["font"], size: number, color = TEXT, align: TextStyle["align"] = "center") => ({
  font,
  size,
  color,
  align,
});

function drawBorder(doc: PDFKit.PDFDocument): void {
  doc
    .lineWidth(1.5)
    .strokeColor(PRIMARY)
    .rect(BORDER_INSET, BORDER_INSET, PAGE.width - 2 * BORDER_INSET, PAGE.height - 2 * BORDER_INSET)
    .stroke();
  doc
    .lineWidth(0.5)
    .rect(BORDER_INSET + 5, BORDER_INSET + 5, PAGE.width - 2 * (BORDER_INSET + 5), PAGE.height - 2 * (BORDER_INSET + 5))
    .stroke();
}

/** Everything `doc` writes, once it has ended. */
function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** The certificate of `input.name`, as the bytes of a PDF file. */
export async function certificatePdf(input: CertificateInput): Promise<Buffer> {
  const { lng, name, contribution, issuedAt } = input;
  const t = getT(lng);
  const number = new Intl.NumberFormat(lng);
  const date = new Intl.DateTimeFormat(lng, { dateStyle: "long" });
  const direction = textDirection(lng);

  const doc = new PDFDocument({
    size: "A4",
    margin: 0,
    lang: lng,
    displayTitle: true,
    info: {
      Title: t("recognition:certificate.documentTitle", { name }),
      Author: t("common:appName"),
      Subject: t("recognition:certificate.subject"),
      CreationDate: issuedAt,
    },
  });
  const done = collect(doc);
  const fonts = certificateFonts();
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  drawBorder(doc);
  const flow = new TextFlow(
    doc,
    direction,
    { left: MARGIN, right: PAGE.width - MARGIN, top: 84, bottom: PAGE.height - MARGIN },
    () => drawBorder(doc),
  );

  flow.paragraph(t("common:appName"), style("bold", 13, PRIMARY));
  flow.gap(18);
  flow.paragraph(t("recognition:certificate.title"), style("bold", 26));
  flow.gap(26);
  flow.paragraph(t("recognition:certificate.thanks"), style("regular", 13, MUTED));
  flow.gap(6);
  flow.paragraph(name, style("bold", 24));
  flow.gap(6);
  flow.paragraph(t("recognition:certificate.forWhat"), style("regular", 13, MUTED));
  flow.gap(26);

  const fact = style("regular", 12);
  flow.paragraph(
    t("recognition:certificate.wordsTranslated", { words: number.format(contribution.wordsTranslated) }),
    fact,
  );
  flow.paragraph(
    t("recognition:certificate.wordsApproved", { words: number.format(contribution.wordsApproved) }),
    fact,
  );
  flow.paragraph(t("recognition:certificate.time", { hours: hoursText(contribution.estimatedHours, lng) }), fact);
  if (contribution.firstContributionAt && contribution.lastContributionAt) {
    flow.paragraph(
      t("recognition:certificate.period", {
        first: date.format(contribution.firstContributionAt),
        last: date.format(contribution.lastContributionAt),
      }),
      fact,
    );
  }
  if (contribution.languagePairs.length > 0) {
    const pairs = contribution.languagePairs.map((pair) =>
      t("recognition:languagePair", {
        source: languageName(pair.sourceLanguage, lng),
        target: languageName(pair.targetLanguage, lng),
      }),
    );
    flow.paragraph(
      t("recognition:certificate.languages", {
        pairs: new Intl.ListFormat(lng, { type: "conjunction" }).format(pairs),
      }),
      fact,
    );
  }
  flow.gap(14);
  flow.paragraph(t("recognition:certificate.issued", { date: date.format(issuedAt) }), style("regular", 11, MUTED));

  if (contribution.articles.length > 0) {
    flow.gap(26);
    flow.paragraph(t("recognition:certificate.articlesTitle"), style("bold", 14, TEXT, "start"));
    flow.gap(4);
    const item = style("regular", 11, TEXT, "start");
    for (const article of contribution.articles) {
      // The item's font is selected first: articleLine asks it which titles it can draw.
      flow.use(item);
      flow.paragraph(`• ${articleLine(doc, t, lng, article, contribution)}`, item);
    }
  }

  mapArabicLigaturesInVisualOrder(flow.fontsUsed);
  doc.end();
  return done;
}

/**
 * "Title (Spanish)": the title the publication shows when the translation is online, else the
 * article's own. A title in a script the font lacks (Chinese, Hindi…) falls back to the article's
 * own title rather than print empty boxes.
 */
function articleLine(
  doc: PDFKit.PDFDocument,
  t: ReturnType<typeof getT>,
  lng: UiLanguage,
  article: CreditedArticle,
  contribution: Contribution,
): string {
  const publication = contribution.publications.find((candidate) => candidate.jobId === article.jobId);
  const title = publication && currentFontCovers(doc, publication.title) ? publication.title : article.articleTitle;
  const values = { title, language: languageName(article.targetLanguage, lng) };
  return publication ? t("recognition:certificate.published", values) : t("recognition:certificate.article", values);
}
