// The job page's XLIFF route: the download with its file name, and the upload answering the report
// or the reasons for a refusal in the page's language. The session is the signed-in user's.
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET, POST } from "@/app/[lng]/jobs/[id]/xliff/route";
import type * as DbClient from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { claimJob } from "@/lib/workflow/claim-job";
import { makeUser } from "../../support/factories";
import { createTestDb } from "../../support/test-db";
import { POLICY, translationsOf } from "../../workflow/support";
import { importFixture, people, saveAll, schemaErrors, setTarget20, SPANISH } from "./support";

// The signed-in user and the database the route sees, set by each test.
const session = vi.hoisted(() => ({ user: null as Actor | null, db: null as unknown }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof DbClient>()),
  getDb: () => session.db,
}));

const db = createTestDb();
session.db = db;
let actors: Awaited<ReturnType<typeof people>>;
beforeAll(async () => {
  actors = await people(db);
});
beforeEach(() => {
  session.user = null;
});

const context = (lng: string, jobId: number) => ({ params: Promise.resolve({ lng, id: String(jobId) }) });

function download(jobId: number, query = "") {
  return GET(new NextRequest(`http://tandem.test/en/jobs/${jobId}/xliff${query}`), context("en", jobId));
}

function upload(lng: string, jobId: number, xml: string, headers: Record<string, string> = {}) {
  const body = new FormData();
  body.set("file", new File([xml], "job.es.xlf", { type: "application/xliff+xml" }));
  const request = new NextRequest(`http://tandem.test/${lng}/jobs/${jobId}/xliff`, {
    method: "POST",
    body,
    headers: { origin: "http://tandem.test", host: "tandem.test", ...headers },
  });
  return POST(request, context(lng, jobId));
}

async function claimedJob() {
  const translator = await makeUser(db, { translate: ["es"] });
  const { es } = importFixture(db, actors.editor);
  claimJob(db, translator, { jobId: es }, { policy: POLICY });
  saveAll(db, translator, es, SPANISH, "draft");
  return { translator, jobId: es, ids: translationsOf(db, es).map((row) => row.segmentId) };
}

describe("downloading a job's XLIFF file", () => {
  it("sends XLIFF 2.0 or 1.2 as an attachment named after the article and the language", async () => {
    const { translator, jobId } = await claimedJob();
    session.user = translator;
    const response = await download(jobId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xliff+xml; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="xliff-article-\d+\.es\.xlf"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(schemaErrors(await response.text(), "2.0")).toBe("");

    const v12 = await download(jobId, "?version=1.2");
    expect(schemaErrors(await v12.text(), "1.2")).toBe("");
    expect((await download(jobId, "?version=3")).status).toBe(400);
  });

  it("answers 404 to someone who may not see the job, signed in or not", async () => {
    const { jobId } = await claimedJob();
    expect((await download(jobId)).status).toBe(404);
    session.user = await makeUser(db, { translate: ["fr"] });
    expect((await download(jobId)).status).toBe(404);
  });
});

describe("uploading a translated XLIFF file", () => {
  it("answers the per-unit report in the page's language", async () => {
    const { translator, jobId, ids } = await claimedJob();
    session.user = translator;
    const xml = setTarget20(await (await download(jobId)).text(), ids[0]!, "Manglares en Fiyi");
    const response = await upload("es", jobId, xml);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { outcome: string; applied: number; units: unknown[] };
    expect(body).toMatchObject({ outcome: "imported", applied: 1, unchanged: 5, refused: 0 });
    expect(body.units[0]).toEqual({
      unitId: String(ids[0]),
      number: 1,
      outcome: "applied",
      detail: "Guardado como: Traducido",
    });
    expect(body.units[1]).toEqual({ unitId: String(ids[1]), number: 2, outcome: "unchanged", detail: null });
  });

  it("answers every reason a file was refused, in the page's language", async () => {
    const { translator, jobId, ids } = await claimedJob();
    session.user = translator;
    let xml = await (await download(jobId)).text();
    xml = setTarget20(xml, ids[1]!, "sin etiquetas");
    xml = setTarget20(xml, ids[2]!, '<ph id="1"/><ph id="2"/><ph id="8"/>');
    const response = await upload("fr", jobId, xml);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      outcome: "refused",
      problems: [
        `Dans l’unité ${ids[1]}, la balise 1 de la source manque.`,
        `Dans l’unité ${ids[1]}, la balise 2 de la source manque.`,
        `Dans l’unité ${ids[1]}, la balise 3 de la source manque.`,
        `Dans l’unité ${ids[2]}, la balise 8 n’est pas une balise de la source (ou n’a pas la bonne forme).`,
      ],
    });
  });

  it("refuses a request from another site, a body too large, and people who may not import", async () => {
    const { translator, jobId } = await claimedJob();
    session.user = translator;
    const xml = await (await download(jobId)).text();
    expect((await upload("en", jobId, xml, { origin: "https://elsewhere.example" })).status).toBe(403);
    const tooLarge = await upload("en", jobId, xml, { "content-length": String(20_000_000) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({
      outcome: "refused",
      problems: ["This file is too large (at most 10 MB)."],
    });

    session.user = await makeUser(db, { translate: ["es"] });
    expect((await upload("en", jobId, xml)).status).toBe(404);
    session.user = actors.reviewer;
    const forbidden = await upload("en", jobId, xml);
    expect(forbidden.status).toBe(403);
    expect(await forbidden.json()).toEqual({
      outcome: "refused",
      problems: ["Someone else is translating this job: you can read it but not change it."],
    });
    session.user = null;
    expect((await upload("en", jobId, xml)).status).toBe(401);
  });
});
