// Publishing an approved translation, publishing it again, and taking it offline.
import type { Element, Root, RootContent } from "hast";
import { toString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import { unified } from "unified";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { segments, segmentTranslations, users } from "@/db/schema";
import { importArticle } from "@/lib/articles/import-article";
import { NotFoundError, WorkflowError } from "@/lib/errors";
import { publishJob } from "@/lib/publications/publish-job";
import { unpublishJob } from "@/lib/publications/unpublish-job";
import { articleBody } from "@/lib/publications/article-body";
import {
  at,
  auditOf,
  claimedByNewVolunteer,
  expectRefusedUnchanged,
  expectWorkflowError,
  importJobs,
  jobRow,
  reviewerUser,
  translationsOf,
  volunteerUser,
  workflowTestBed,
} from "../workflow/support";
import { approveDirectly, livePublicationOf, publicationsOf, reopenDirectly, spanish, STRUCTURED } from "./support";

const bed = workflowTestBed();
const { db } = bed;

async function named(displayName: string, make: () => ReturnType<typeof volunteerUser>) {
  const user = await make();
  db.update(users).set({ displayName }).where(eq(users.id, user.id)).run();
  return { ...user, displayName };
}

/** A Spanish job of the structured article, approved: translated by Ana, reviewed by Marta. */
async function approvedJob(content = STRUCTURED) {
  const ana = await named("Ana López", () => volunteerUser(db));
  const marta = await named("Marta Ruiz", () => reviewerUser(db, ["es"]));
  const jobId = importJobs(db, bed.editor, { content }).job("es");
  approveDirectly(db, jobId, { translators: [ana], reviewer: marta, translate: spanish });
  return { jobId, ana, marta };
}

function elements(node: Root | RootContent): Element[] {
  const own = node.type === "element" ? [node] : [];
  const children = "children" in node ? node.children.flatMap(elements) : [];
  return [...own, ...children];
}

const parseHtml = (html: string) => unified().use(rehypeParse, { fragment: true }).parse(html);

describe("publishing an approved job", () => {
  it("renders the article in the target language with the source's headings, lists and links", async () => {
    const { jobId, marta } = await approvedJob();
    const before = jobRow(db, jobId);
    const published = publishJob(db, bed.editor, { jobId }, at(1));

    const publication = livePublicationOf(db, jobId)!;
    expect(publication.id).toBe(published.publicationId);
    expect(publication.html).toBe(
      [
        "<h1>Manglares en Fiyi</h1>",
        '<p>Los voluntarios se reunieron en Suva. Vea el <a href="https://example.org/r">informe</a>.</p>',
        "<ul>",
        "<li>Plantaron 300 plántulas.</li>",
        "<li>La alcaldesa les dio las gracias.</li>",
        "</ul>",
        "",
      ].join("\n"),
    );
    expect(publication).toMatchObject({
      title: "Manglares en Fiyi",
      revisionId: before.revisionId,
      publishedById: bed.editor.id,
      publishedAt: at(1),
      unpublishedAt: null,
      creditLine:
        "Este artículo fue traducido con el amable apoyo de la persona voluntaria en línea Ana López y revisado por Marta Ruiz.",
    });
    expect(published).toMatchObject({ targetLanguage: "es", supersededPublicationId: null });
    expect(jobRow(db, jobId)).toMatchObject({
      status: "published",
      publishedRevisionId: before.revisionId,
      version: before.version + 1,
    });
    expect(auditOf(db, jobId, "job.published")).toMatchObject([
      {
        actorId: bed.editor.id,
        data: { publicationId: publication.id, supersededPublicationId: null, reviewerId: marta.id },
      },
    ]);
  });

  it("titles an article without an opening heading with its own title", async () => {
    const ana = await volunteerUser(db);
    const marta = await reviewerUser(db, ["es"]);
    const { job } = importJobs(db, bed.editor, { title: "Mangroves", content: "The mayor thanked them." });
    approveDirectly(db, job("es"), { translators: [ana], reviewer: marta, translate: spanish });
    publishJob(db, bed.editor, { jobId: job("es") });
    expect(livePublicationOf(db, job("es"))).toMatchObject({
      title: "Mangroves",
      html: "<p>La alcaldesa les dio las gracias.</p>\n",
    });
  });

  it("takes the title from an HTML article's opening heading, inside its wrapper, as plain text", async () => {
    const ana = await volunteerUser(db);
    const marta = await reviewerUser(db, ["es"]);
    const { jobIds } = importArticle(db, bed.editor, {
      slug: "mangroves-html",
      title: "Mangroves",
      sourceLanguage: "en",
      format: "html",
      content: "<article><h2>Mangroves in <em>Fiji</em></h2><p>The mayor thanked them.</p></article>",
      targetLanguages: ["es"],
    });
    const jobId = jobIds[0]!;
    const spanishHtml: Record<string, string> = {
      "Mangroves in <1>Fiji</1>": "Manglares en <1>Fiyi</1>",
      "The mayor thanked them.": "La alcaldesa les dio las gracias.",
    };
    approveDirectly(db, jobId, { translators: [ana], reviewer: marta, translate: (source) => spanishHtml[source]! });
    publishJob(db, bed.editor, { jobId });
    expect(livePublicationOf(db, jobId)).toMatchObject({
      title: "Manglares en Fiyi",
      html: "<article><h2>Manglares en <em>Fiyi</em></h2><p>La alcaldesa les dio las gracias.</p></article>\n",
    });
  });

  it("names every volunteer in the order they first contributed, and the reviewer, never as a volunteer", async () => {
    const ana = await named("Ana López", () => volunteerUser(db));
    const inés = await named("Inés Torres", () => volunteerUser(db));
    const marta = await named("Marta Ruiz", () => reviewerUser(db, ["es"]));
    const jobId = importJobs(db, bed.editor, { content: STRUCTURED }).job("es");
    // Ana confirms the first segment, Inés the second, and so on; the reviewer's own confirmed edit
    // is part of her review.
    approveDirectly(db, jobId, { translators: [ana, inés, marta], reviewer: marta, translate: spanish });

    publishJob(db, bed.editor, { jobId });
    expect(livePublicationOf(db, jobId)!.creditLine).toBe(
      "Este artículo fue traducido con el amable apoyo de las personas voluntarias en línea Ana López e Inés Torres, y revisado por Marta Ruiz.",
    );
    expect(auditOf(db, jobId, "job.published")[0]!.data).toMatchObject({
      volunteerIds: [ana.id, inés.id],
      reviewerId: marta.id,
    });
  });

  it("is refused to volunteers and reviewers as if the job did not exist", async () => {
    const { jobId, ana, marta } = await approvedJob();
    for (const actor of [ana, marta]) {
      expectRefusedUnchanged(db, jobId, () => publishJob(db, actor, { jobId }), NotFoundError);
    }
    expect(publicationsOf(db, jobId)).toEqual([]);
    expect(() => publishJob(db, bed.editor, { jobId: 999_999 })).toThrow(NotFoundError);
  });

  it("is refused for a job that is not approved, and changes nothing", async () => {
    const { jobId } = await claimedByNewVolunteer(db, bed.editor);
    const error = expectRefusedUnchanged(db, jobId, () => publishJob(db, bed.editor, { jobId }), WorkflowError);
    expect((error as WorkflowError).reason).toEqual({
      key: "workflow:cannot.publish",
      values: { status: "in_progress" },
    });
    expect(publicationsOf(db, jobId)).toEqual([]);

    const open = importJobs(db, bed.editor).job("es");
    expectWorkflowError(() => publishJob(db, bed.editor, { jobId: open }), "workflow:cannot.publish");
  });

  it("is refused when a segment is not approved or its tags do not match", async () => {
    const { jobId } = await approvedJob();
    const [first, , link] = translationsOf(db, jobId);
    db.update(segmentTranslations)
      .set({ status: "translated" })
      .where(and(eq(segmentTranslations.jobId, jobId), eq(segmentTranslations.segmentId, first!.segmentId)))
      .run();
    expectRefusedUnchanged(db, jobId, () => publishJob(db, bed.editor, { jobId }), WorkflowError);
    expectWorkflowError(() => publishJob(db, bed.editor, { jobId }), "publishing:unapproved", { count: 1 });

    db.update(segmentTranslations)
      .set({ status: "approved" })
      .where(and(eq(segmentTranslations.jobId, jobId), eq(segmentTranslations.segmentId, first!.segmentId)))
      .run();
    db.update(segmentTranslations)
      .set({ text: "Vea el informe." })
      .where(and(eq(segmentTranslations.jobId, jobId), eq(segmentTranslations.segmentId, link!.segmentId)))
      .run();
    expectRefusedUnchanged(db, jobId, () => publishJob(db, bed.editor, { jobId }), WorkflowError);
    expectWorkflowError(() => publishJob(db, bed.editor, { jobId }), "publishing:renderProblems", {
      count: 1,
      first: 3,
    });
    expect(publicationsOf(db, jobId)).toEqual([]);
  });

  it("is refused when the stored source no longer splits into the segments that were translated", async () => {
    const { jobId } = await approvedJob();
    const [, second] = translationsOf(db, jobId);
    db.update(segments)
      .set({ sourceText: "Volunteers met in Lautoka." })
      .where(eq(segments.id, second!.segmentId))
      .run();
    expectRefusedUnchanged(db, jobId, () => publishJob(db, bed.editor, { jobId }), WorkflowError);
    expectWorkflowError(() => publishJob(db, bed.editor, { jobId }), "publishing:sourceMismatch");
  });

  it("keeps a translator's markup, scripts and links as text: nothing in the page runs", async () => {
    const hostile: Record<string, string> = {
      "Mangroves in Fiji": "<script>alert(1)</script>",
      "Volunteers met in Suva.": "<img src=x onerror=alert(1)>",
      "See the <1>report</1>.": "Vea el <1>informe</1> [x](javascript:alert(1)).",
      "They planted 300 seedlings.": '<a href="javascript:alert(1)">clic</a>',
      "The mayor thanked them.": "<svg onload=alert(1)>*x*",
    };
    const ana = await volunteerUser(db);
    const marta = await reviewerUser(db, ["es"]);
    const jobId = importJobs(db, bed.editor, { content: STRUCTURED }).job("es");
    approveDirectly(db, jobId, { translators: [ana], reviewer: marta, translate: (source) => hostile[source]! });
    publishJob(db, bed.editor, { jobId });

    const { html, title } = livePublicationOf(db, jobId)!;
    // A literal "<" is escaped (&#x3C;), so every "<" left opens a real element.
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(href|src)\s*=\s*["']?\s*javascript:/i);
    const tree = parseHtml(html);
    const found = elements(tree);
    expect(found.map((element) => element.tagName).sort()).toEqual(["a", "h1", "li", "li", "p", "ul"]);
    for (const element of found) {
      for (const [name, value] of Object.entries(element.properties)) {
        expect(name.toLowerCase().startsWith("on"), name).toBe(false);
        expect(String(value)).not.toMatch(/javascript:/i);
      }
    }
    // Everything the translator typed is on the page, as text.
    const text = toString(tree);
    for (const typed of [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "[x](javascript:alert(1))",
      '<a href="javascript:alert(1)">clic</a>',
      "<svg onload=alert(1)>*x*",
    ]) {
      expect(text).toContain(typed);
    }
    expect(title).toBe("<script>alert(1)</script>");
    // And the display-time sanitizer keeps it so (its opening heading becomes the page title).
    expect(articleBody(html).html).toBe(html.replace(/^<h(\d)>(.*?)<\/h\1>/s, "<h1>$2</h1>"));
  });
});

describe("the article body a public page shows", () => {
  it("drops what the allowlist does not keep, and makes the opening heading the page title", () => {
    expect(
      articleBody(
        '<h2 onclick="x()">T</h2><script>alert(1)</script><p><a href="javascript:alert(1)">a</a><img src=x onerror=alert(1)></p>',
      ),
    ).toEqual({ html: '<h1>T</h1><p><a>a</a><img src="x"></p>', hasTitle: true });
  });

  it("leaves an article that opens with a paragraph for the page to title", () => {
    expect(articleBody("<p>Text</p><h2>Later</h2>")).toEqual({ html: "<p>Text</p><h2>Later</h2>", hasTitle: false });
  });
});

describe("republishing", () => {
  it("replaces the job's page online with the new one in the same step", async () => {
    const { jobId, ana, marta } = await approvedJob();
    const first = publishJob(db, bed.editor, { jobId }, at(1));
    // The source changed, the job went back to work, and was approved again.
    reopenDirectly(db, jobId);
    approveDirectly(db, jobId, {
      translators: [ana],
      reviewer: marta,
      translate: (source) => `${spanish(source)}`.replace("Fiyi", "Fiji"),
    });
    const second = publishJob(db, bed.editor, { jobId }, at(2));

    expect(second.supersededPublicationId).toBe(first.publicationId);
    expect(publicationsOf(db, jobId)).toMatchObject([
      { id: first.publicationId, title: "Manglares en Fiyi", unpublishedAt: at(2) },
      { id: second.publicationId, title: "Manglares en Fiji", unpublishedAt: null },
    ]);
    expect(jobRow(db, jobId).status).toBe("published");
    expect(auditOf(db, jobId, "job.published").at(-1)!.data).toMatchObject({
      supersededPublicationId: first.publicationId,
    });
  });

  it("publishes an unpublished job again", async () => {
    const { jobId } = await approvedJob();
    publishJob(db, bed.editor, { jobId }, at(1));
    unpublishJob(db, bed.editor, { jobId }, at(2));
    const again = publishJob(db, bed.editor, { jobId }, at(3));
    expect(again.supersededPublicationId).toBeNull();
    expect(livePublicationOf(db, jobId)!.id).toBe(again.publicationId);
    expect(publicationsOf(db, jobId)).toHaveLength(2);
  });
});

describe("unpublishing", () => {
  it("takes the page offline and returns a published job to approved", async () => {
    const { jobId } = await approvedJob();
    const { publicationId } = publishJob(db, bed.editor, { jobId }, at(1));
    const before = jobRow(db, jobId);
    expect(unpublishJob(db, bed.editor, { jobId }, at(2))).toMatchObject({ publicationId, targetLanguage: "es" });

    expect(livePublicationOf(db, jobId)).toBeUndefined();
    expect(publicationsOf(db, jobId)).toMatchObject([{ id: publicationId, unpublishedAt: at(2) }]);
    expect(jobRow(db, jobId)).toMatchObject({
      status: "approved",
      publishedRevisionId: null,
      version: before.version + 1,
    });
    expect(auditOf(db, jobId, "job.unpublished")).toMatchObject([
      { actorId: bed.editor.id, data: { publicationId, from: "published", to: "approved" } },
    ]);
    expectWorkflowError(() => unpublishJob(db, bed.editor, { jobId }), "workflow:cannot.unpublish", {
      status: "approved",
    });
  });

  it("leaves a job whose source changed where it is: only its old page goes", async () => {
    const { jobId } = await approvedJob();
    publishJob(db, bed.editor, { jobId }, at(1));
    reopenDirectly(db, jobId);
    unpublishJob(db, bed.editor, { jobId }, at(2));
    expect(livePublicationOf(db, jobId)).toBeUndefined();
    expect(jobRow(db, jobId)).toMatchObject({ status: "open", assigneeId: null });
  });

  it("is refused to volunteers and reviewers as if the job did not exist", async () => {
    const { jobId, ana, marta } = await approvedJob();
    publishJob(db, bed.editor, { jobId }, at(1));
    for (const actor of [ana, marta]) {
      expectRefusedUnchanged(db, jobId, () => unpublishJob(db, actor, { jobId }), NotFoundError);
    }
    expect(livePublicationOf(db, jobId)).toBeDefined();
  });
});
