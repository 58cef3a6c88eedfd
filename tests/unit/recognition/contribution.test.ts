// The figures a volunteer sees on their dashboard, profile and certificate.
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "@/db/schema";
import { contributionOf } from "@/lib/recognition/contribution";
import { estimatedHours, WORDS_PER_HOUR } from "@/lib/recognition/words-per-hour";
import { claimJob } from "@/lib/workflow/claim-job";
import { saveSegment } from "@/lib/workflow/save-segment";
import { submitJob } from "@/lib/workflow/submit-job";
import { takeReview } from "@/lib/workflow/take-review";
import { addComment } from "@/lib/comments/add-comment";
import { reimportArticle } from "@/lib/articles/reimport-article";
import { publishJob } from "@/lib/publications/publish-job";
import { approveJob } from "@/lib/workflow/approve-job";
import { at, importJobs, POLICY, SAMPLE, translationsOf, volunteerUser, workflowTestBed } from "../workflow/support";
import { ARTICLE_WORDS, confirm, SPANISH, twoVolunteersOneArticle, WORDS } from "./support";

const bed = workflowTestBed();
const { db } = bed;
let story: Awaited<ReturnType<typeof twoVolunteersOneArticle>>;

beforeAll(async () => {
  story = await twoVolunteersOneArticle(db, bed.editor);
});

describe("words translated and approved", () => {
  it("credits each volunteer with the sentences whose confirmed text was kept or approved", () => {
    // Ana: Spanish title and first sentence (her second sentence was rewritten by Bruno), all of Arabic.
    const ana = contributionOf(db, story.ana.id);
    expect(ana.wordsTranslated).toBe(WORDS.title + WORDS.met + ARTICLE_WORDS);
    expect(ana.languagePairs).toEqual([
      { sourceLanguage: "en", targetLanguage: "ar", wordsTranslated: ARTICLE_WORDS, wordsApproved: ARTICLE_WORDS },
      {
        sourceLanguage: "en",
        targetLanguage: "es",
        wordsTranslated: WORDS.title + WORDS.met,
        wordsApproved: WORDS.title + WORDS.met,
      },
    ]);
    // Bruno: his version of the second sentence and the fixed link; Marta rewrote his last sentence.
    const bruno = contributionOf(db, story.bruno.id);
    expect(bruno.wordsTranslated).toBe(WORDS.planted + WORDS.link);
    expect(bruno.wordsApproved).toBe(WORDS.planted + WORDS.link);
  });

  it("never counts a reviewer's edits or approvals as translation", () => {
    for (const reviewer of [story.marta, story.rami]) {
      expect(contributionOf(db, reviewer.id)).toMatchObject({
        wordsTranslated: 0,
        wordsApproved: 0,
        estimatedHours: 0,
        firstContributionAt: null,
        languagePairs: [],
        publications: [],
      });
    }
  });

  it("does not count a rejected sentence until it is fixed", () => {
    expect(story.brunoWhileRejected.wordsTranslated).toBe(WORDS.planted + WORDS.thanked);
    expect(story.brunoWhileRejected.wordsApproved).toBe(0);
  });

  it("counts words as approved only once a reviewer approved the job", async () => {
    const chen = await volunteerUser(db, ["es"]);
    const jobId = importJobs(db, bed.editor, { targetLanguages: ["es"] }).job("es");
    claimJob(db, chen, { jobId }, { policy: POLICY });
    confirm(db, chen, jobId, [0, 1, 2, 3, 4], SPANISH);
    submitJob(db, chen, { jobId });
    expect(contributionOf(db, chen.id)).toMatchObject({ wordsTranslated: ARTICLE_WORDS, wordsApproved: 0 });
  });

  it("counts a sentence saved several times once, and drafts not at all", async () => {
    const dana = await volunteerUser(db, ["es"]);
    const jobId = importJobs(db, bed.editor, { targetLanguages: ["es"] }).job("es");
    claimJob(db, dana, { jobId }, { policy: POLICY });
    confirm(db, dana, jobId, [0], SPANISH);
    confirm(db, dana, jobId, [0], ["Manglares de Fiyi"]);
    const draft = translationsOf(db, jobId)[1]!;
    saveSegment(db, dana, { jobId, segmentId: draft.segmentId, text: "Los", status: "draft", version: draft.version });
    expect(contributionOf(db, dana.id).wordsTranslated).toBe(WORDS.title);
  });

  it("estimates hours from words at the stated rate, never as zero for work done", () => {
    expect(WORDS_PER_HOUR).toBe(250);
    expect(contributionOf(db, story.ana.id).estimatedHours).toBe(0.1);
    expect(contributionOf(db, story.bruno.id).estimatedHours).toBe(0.1);
    expect([0, 1_200, 2_474, 2_600, 12_345].map(estimatedHours)).toEqual([0, 4.8, 9.9, 10, 49]);
  });

  it("dates the first and last contribution from the confirmations credited", () => {
    const ana = contributionOf(db, story.ana.id);
    expect(ana.firstContributionAt).toBeInstanceOf(Date);
    expect(ana.lastContributionAt!.getTime()).toBeGreaterThanOrEqual(ana.firstContributionAt!.getTime());
    const spanish = ana.articles.find((article) => article.targetLanguage === "es")!;
    const arabic = ana.articles.find((article) => article.targetLanguage === "ar")!;
    expect(ana.firstContributionAt).toEqual(spanish.firstAt);
    expect(ana.lastContributionAt).toEqual(arabic.lastAt);
  });
});

describe("articles a volunteer helped publish", () => {
  it("lists the live publication for both volunteers its credit line names, and not the approved one", () => {
    const event = db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "job.published"), eq(auditEvents.subjectId, story.es)))
      .get()!;
    expect(event.data.volunteerIds).toEqual([story.ana.id, story.bruno.id]);
    for (const volunteer of [story.ana, story.bruno]) {
      expect(contributionOf(db, volunteer.id).publications).toEqual([
        {
          publicationId: story.published.publicationId,
          jobId: story.es,
          slug: story.published.slug,
          targetLanguage: "es",
          title: "Manglares en Fiyi",
          titleLanguage: "es",
          publishedAt: expect.any(Date) as Date,
        },
      ]);
    }
  });
});

describe("review feedback received", () => {
  it("gives each volunteer the reviewer's comments on their own sentences and on the job, newest first", () => {
    const bruno = contributionOf(db, story.bruno.id).feedback;
    expect(bruno.count).toBe(3);
    expect(bruno.latest.map((comment) => [comment.body, comment.category, comment.severity])).toEqual([
      ["Es una alcaldesa.", "accuracy", "major"],
      ["Casi listo: revisa el enlace.", null, null],
      ["«Vea» es demasiado formal aquí.", "style", "minor"],
    ]);
    expect(bruno.latest[0]).toMatchObject({ targetLanguage: "es", sourceLanguage: "en", canOpenJob: true });

    // Ana worked on the job, so its general note concerns her; the sentences commented on were Bruno's.
    const ana = contributionOf(db, story.ana.id).feedback;
    expect(ana.latest.map((comment) => comment.body)).toEqual(["Casi listo: revisa el enlace."]);
    expect(ana.latest[0]!.canOpenJob).toBe(false);
  });

  it("shows the latest five, counts them all, and leaves out the volunteer's own and editors' comments", async () => {
    const eva = await volunteerUser(db, ["es"]);
    const jobId = importJobs(db, bed.editor, { targetLanguages: ["es"] }).job("es");
    claimJob(db, eva, { jobId }, { policy: POLICY });
    confirm(db, eva, jobId, [0, 1, 2, 3, 4], SPANISH);
    submitJob(db, eva, { jobId });
    takeReview(db, story.marta, { jobId });
    for (let day = 1; day <= 6; day++) addComment(db, story.marta, { jobId, body: `Nota ${day}` }, at(day));
    addComment(db, eva, { jobId, body: "Gracias" }, at(7));
    addComment(db, bed.editor, { jobId, body: "Publicamos el lunes" }, at(8));

    const { feedback } = contributionOf(db, eva.id);
    expect(feedback.count).toBe(6);
    expect(feedback.latest.map((comment) => comment.body)).toEqual(["Nota 6", "Nota 5", "Nota 4", "Nota 3", "Nota 2"]);
    expect(contributionOf(db, (await volunteerUser(db)).id).feedback).toEqual({ count: 0, latest: [] });
  });
});

describe("after the source changes", () => {
  it("keeps the words and the live publication of a translation whose sentences became outdated", async () => {
    const fay = await volunteerUser(db, ["es"]);
    const { articleId, job } = importJobs(db, bed.editor, { targetLanguages: ["es"] });
    const jobId = job("es");
    claimJob(db, fay, { jobId }, { policy: POLICY });
    confirm(db, fay, jobId, [0, 1, 2, 3, 4], SPANISH);
    submitJob(db, fay, { jobId });
    takeReview(db, story.marta, { jobId });
    approveJob(db, story.marta, { jobId });
    publishJob(db, bed.editor, { jobId });
    const before = contributionOf(db, fay.id);

    // "300" becomes "350": that sentence is outdated, the job goes back to the pool, the page stays online.
    reimportArticle(db, bed.editor, { articleId, format: "markdown", content: SAMPLE.replace("300", "350") });
    expect(translationsOf(db, jobId).map((row) => row.status)).toContain("outdated");

    const after = contributionOf(db, fay.id);
    expect(after.wordsTranslated).toBe(ARTICLE_WORDS);
    expect(after.wordsApproved).toBe(ARTICLE_WORDS);
    expect(after.publications).toEqual(before.publications);
  });
});
