// /api/v1 jobs and segments as a volunteer's script uses them: list, claim, read, save (with the
// editor's conflict rule and checks), submit. Same permissions as the pages: what a person may not
// see is 404, what they may see but not change is 403.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as dbClient from "@/db/client";
import type { Db } from "@/db/client";
import * as claimRoute from "@/app/api/v1/jobs/[id]/claim/route";
import * as jobRoute from "@/app/api/v1/jobs/[id]/route";
import * as segmentRoute from "@/app/api/v1/jobs/[id]/segments/[segmentId]/route";
import * as segmentsRoute from "@/app/api/v1/jobs/[id]/segments/route";
import * as submitRoute from "@/app/api/v1/jobs/[id]/submit/route";
import * as jobsRoute from "@/app/api/v1/jobs/route";
import * as operations from "@/app/api/v1/_lib/operations";
import type { Actor } from "@/lib/auth/actor";
import { claimJob } from "@/lib/workflow/claim-job";
import { createTestDb } from "../support/test-db";
import {
  auditOf,
  editorUser,
  historyOf,
  importJobs,
  jobRow,
  POLICY,
  reviewerUser,
  SAMPLE_SOURCES,
  snapshot,
  translationsOf,
  volunteerUser,
} from "../workflow/support";
import { call, errorOf, tokenFor } from "./support";

const state = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof dbClient>()),
  getDb: () => state.db!,
}));

const db = createTestDb();
state.db = db;

let editor: Actor;
let ana: Actor;
let ben: Actor;
let rita: Actor;
const tokens = { anaRead: "", anaWrite: "", benWrite: "", ritaRead: "", editorRead: "" };
/** Spanish and French jobs of one article; a second Spanish job that Ben holds. */
const jobs = { es: 0, fr: 0, bens: 0 };

beforeAll(async () => {
  editor = await editorUser(db);
  ana = await volunteerUser(db, ["es"]);
  ben = await volunteerUser(db, ["es"]);
  rita = await reviewerUser(db, ["es"]);
  const first = importJobs(db, editor, { targetLanguages: ["es", "fr"] });
  jobs.es = first.job("es");
  jobs.fr = first.job("fr");
  jobs.bens = importJobs(db, editor, { targetLanguages: ["es"] }).job("es");
  claimJob(db, ben, { jobId: jobs.bens }, { policy: POLICY });
  tokens.anaRead = tokenFor(db, ana, "read");
  tokens.anaWrite = tokenFor(db, ana, "write");
  tokens.benWrite = tokenFor(db, ben, "write");
  tokens.ritaRead = tokenFor(db, rita, "read");
  tokens.editorRead = tokenFor(db, editor, "read");
});

const path = (jobId: number, rest = "") => `/api/v1/jobs/${jobId}${rest}`;
const params = (jobId: number | string, segmentId?: number | string): Record<string, string> =>
  segmentId === undefined ? { id: String(jobId) } : { id: String(jobId), segmentId: String(segmentId) };

const listJobs = (token: string, query = "") => call(jobsRoute.GET, `/api/v1/jobs${query}`, { token });
const getJob = (token: string, jobId: number | string) =>
  call(jobRoute.GET, path(Number(jobId) || 0), { token, params: params(jobId) });
const getSegments = (token: string, jobId: number) =>
  call(segmentsRoute.GET, path(jobId, "/segments"), { token, params: params(jobId) });
const save = (token: string, jobId: number, segmentId: number | string, body: unknown, headers = {}) =>
  call(segmentRoute.PUT, path(jobId, `/segments/${segmentId}`), {
    token,
    params: params(jobId, segmentId),
    body,
    method: "PUT",
    headers,
  });
const post = (handler: unknown, action: string, token: string, jobId: number, body?: unknown, headers = {}) =>
  call(handler, path(jobId, `/${action}`), { token, params: params(jobId), body, method: "POST", headers });

describe("GET /api/v1/jobs", () => {
  it("lists what the person's pages show them: a volunteer the open jobs of their languages", async () => {
    const answer = await listJobs(tokens.anaRead);
    expect(answer.status).toBe(200);
    const listed = operations.listJobs.response.parse(answer.json);
    expect(listed.data.map((job) => job.id)).toEqual([jobs.es]);
    expect(listed.data[0]).toMatchObject({
      targetLanguage: "es",
      status: "open",
      assignedToMe: false,
      dueAt: null,
      article: { sourceLanguage: "en" },
    });
    expect(listed.total).toBe(1);
  });

  it("lists every job for an editor and the jobs of their review languages for a reviewer", async () => {
    const forEditor = operations.listJobs.response.parse((await listJobs(tokens.editorRead)).json);
    expect(forEditor.data.map((job) => job.id).sort()).toEqual([jobs.es, jobs.fr, jobs.bens].sort());
    const forReviewer = operations.listJobs.response.parse((await listJobs(tokens.ritaRead)).json);
    expect(forReviewer.data.map((job) => job.id).sort()).toEqual([jobs.es, jobs.bens].sort());
  });

  it("filters by state, language and whether the job is mine, and pages", async () => {
    const ids = async (token: string, query: string) =>
      operations.listJobs.response.parse((await listJobs(token, query)).json).data.map((job) => job.id);
    expect(await ids(tokens.editorRead, "?language=fr")).toEqual([jobs.fr]);
    expect(await ids(tokens.editorRead, "?status=in_progress")).toEqual([jobs.bens]);
    expect(await ids(tokens.benWrite, "?mine=true")).toEqual([jobs.bens]);
    expect(await ids(tokens.benWrite, "?mine=false")).toEqual([jobs.es]);
    const page = operations.listJobs.response.parse((await listJobs(tokens.editorRead, "?perPage=2&page=2")).json);
    expect(page).toMatchObject({ page: 2, perPage: 2, total: 3 });
    expect(page.data).toHaveLength(1);
  });

  it("answers 400 with a message per field for values it cannot read, in the caller's language", async () => {
    const answer = await call(jobsRoute.GET, "/api/v1/jobs?status=done&perPage=500&mine=yes", {
      token: tokens.anaRead,
      headers: { "accept-language": "es" },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.json)).toEqual({
      code: "invalid_request",
      message: 'Algunos valores de la solicitud no son válidos: consulta "fields".',
      fields: {
        status: "Elige una de las opciones ofrecidas.",
        perPage: "Escribe como máximo 100.",
        mine: "Elige una de las opciones ofrecidas.",
      },
    });
  });
});

describe("GET /api/v1/jobs/{id} and its segments", () => {
  it("shows a visible job with its progress", async () => {
    const answer = await getJob(tokens.anaRead, jobs.es);
    expect(answer.status).toBe(200);
    const job = operations.getJob.response.parse(answer.json);
    expect(job).toMatchObject({
      id: jobs.es,
      status: "open",
      can: { claim: true, edit: false },
      segments: { empty: 5, draft: 0, translated: 0 },
      wordsDone: 0,
      assigneeName: null,
    });
    expect(job.words).toBeGreaterThan(0);
  });

  it("answers 404 for a job the person may not see, exactly as for one that does not exist", async () => {
    const hidden = await getJob(tokens.anaRead, jobs.fr);
    const missing = await getJob(tokens.anaRead, 999_999);
    const otherClaim = await getSegments(tokens.anaRead, jobs.bens);
    for (const answer of [hidden, missing, otherClaim]) {
      expect(answer.status).toBe(404);
      expect(errorOf(answer.json)).toEqual({
        code: "not_found",
        message: "Nothing here: it does not exist, or you may not see it.",
      });
    }
  });

  it("answers 400 for an id that is no number", async () => {
    const answer = await call(jobRoute.GET, "/api/v1/jobs/abc", { token: tokens.anaRead, params: { id: "abc" } });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.json).fields).toEqual({ id: "This value is not valid." });
  });

  it("lists the segments in document order with source, tags, translation, status and version", async () => {
    const answer = await getSegments(tokens.ritaRead, jobs.es);
    expect(answer.status).toBe(200);
    const { job, segments } = operations.listJobSegments.response.parse(answer.json);
    expect(job).toEqual({ id: jobs.es, status: "open", sourceLanguage: "en", targetLanguage: "es" });
    expect(segments.map((segment) => segment.source)).toEqual(SAMPLE_SOURCES);
    expect(segments[3]!.tags).toEqual([expect.objectContaining({ id: 1, kind: "link", paired: true })]);
    expect(segments[0]).toMatchObject({ target: "", status: "empty", version: 1, kind: "heading" });
  });
});

describe("translating through the API", () => {
  it("claims an open job in the person's language", async () => {
    const answer = await post(claimRoute.POST, "claim", tokens.anaWrite, jobs.es, { days: 5 });
    expect(answer.status).toBe(200);
    const job = operations.claimJob.response.parse(answer.json);
    expect(job).toMatchObject({
      status: "in_progress",
      assignedToMe: true,
      can: { edit: true },
      assigneeName: ana.displayName,
    });
    expect(jobRow(db, jobs.es)).toMatchObject({ assigneeId: ana.id, status: "in_progress" });
    expect(auditOf(db, jobs.es, "job.claimed")).toHaveLength(1);
    expect(new Date(job.dueAt!).getTime() - jobRow(db, jobs.es).claimedAt!.getTime()).toBe(5 * 86_400_000);
  });

  it("tells the next person who claimed it, in their language, with 409", async () => {
    const answer = await post(claimRoute.POST, "claim", tokens.benWrite, jobs.es, undefined, {
      "accept-language": "fr",
    });
    expect(answer.status).toBe(409);
    expect(errorOf(answer.json).code).toBe("state_conflict");
    expect(errorOf(answer.json).message).toContain(ana.displayName);
  });

  it("saves a draft through the editor's save: a new version and a line of history", async () => {
    const [first] = translationsOf(db, jobs.es);
    const answer = await save(tokens.anaWrite, jobs.es, first!.segmentId, {
      text: "Manglares en Fiyi",
      status: "draft",
      version: first!.version,
    });
    expect(answer.status).toBe(200);
    expect(operations.saveJobSegment.response.parse(answer.json)).toEqual({
      segmentId: first!.segmentId,
      text: "Manglares en Fiyi",
      status: "draft",
      version: first!.version + 1,
      authorName: ana.displayName,
    });
    expect(historyOf(db, jobs.es).at(-1)).toMatchObject({
      authorId: ana.id,
      text: "Manglares en Fiyi",
      status: "draft",
    });
  });

  it("answers 409 with the current text for a stale version, and writes nothing", async () => {
    const [first] = translationsOf(db, jobs.es);
    const before = snapshot(db, jobs.es);
    const answer = await save(tokens.anaWrite, jobs.es, first!.segmentId, {
      text: "Texto viejo",
      status: "draft",
      version: first!.version - 1,
    });
    expect(answer.status).toBe(409);
    expect(errorOf(answer.json)).toMatchObject({
      code: "version_conflict",
      current: { segmentId: first!.segmentId, text: "Manglares en Fiyi", version: first!.version },
    });
    expect(snapshot(db, jobs.es)).toEqual(before);
  });

  it("answers 422 when a confirmed translation lacks a tag of its source", async () => {
    const tagged = translationsOf(db, jobs.es)[3]!;
    const before = snapshot(db, jobs.es);
    const answer = await save(tokens.anaWrite, jobs.es, tagged.segmentId, {
      text: "Mira el informe.",
      status: "translated",
      version: tagged.version,
    });
    expect(answer.status).toBe(422);
    expect(errorOf(answer.json)).toMatchObject({
      code: "unprocessable",
      fields: { text: "Tag 1 is in the source but not in the translation. Add it around the same words." },
    });
    expect(snapshot(db, jobs.es)).toEqual(before);
  });

  it("answers 400 for a body that is not what a save needs, and for one that is not JSON", async () => {
    const [first] = translationsOf(db, jobs.es);
    const wrong = await save(tokens.anaWrite, jobs.es, first!.segmentId, { text: 3, status: "final" });
    expect(wrong.status).toBe(400);
    expect(errorOf(wrong.json).fields).toEqual({
      text: "This value is not valid.",
      status: "Choose one of the options offered.",
      version: "This field is required.",
    });
    const broken = await call(segmentRoute.PUT, path(jobs.es, `/segments/${first!.segmentId}`), {
      token: tokens.anaWrite,
      params: params(jobs.es, first!.segmentId),
      rawBody: "{text:",
      method: "PUT",
    });
    expect(broken.status).toBe(400);
    expect(errorOf(broken.json).code).toBe("invalid_json");
    const huge = await call(segmentRoute.PUT, path(jobs.es, `/segments/${first!.segmentId}`), {
      token: tokens.anaWrite,
      params: params(jobs.es, first!.segmentId),
      rawBody: JSON.stringify({ text: "a".repeat(300 * 1024), status: "draft", version: first!.version }),
      method: "PUT",
    });
    expect(huge.status).toBe(400);
    expect(errorOf(huge.json)).toEqual({
      code: "body_too_large",
      message: "The body of the request is too large: at most 256 kB.",
    });
  });

  it("answers 403 to someone who may read the job but not change it, and 404 for a segment of another job", async () => {
    const [first] = translationsOf(db, jobs.es);
    const reviewer = await save(tokenFor(db, rita, "write"), jobs.es, first!.segmentId, {
      text: "Otra cosa",
      status: "draft",
      version: first!.version,
    });
    expect(reviewer.status).toBe(403);
    expect(errorOf(reviewer.json)).toEqual({
      code: "forbidden",
      message: "Someone else is translating this job: you can read it but not change it.",
    });
    const elsewhere = translationsOf(db, jobs.bens)[0]!;
    const crossed = await save(tokens.anaWrite, jobs.es, elsewhere.segmentId, {
      text: "Otra cosa",
      status: "draft",
      version: elsewhere.version,
    });
    expect(crossed.status).toBe(404);
  });

  it("refuses to submit while segments are unconfirmed, then submits a finished translation", async () => {
    const early = await post(submitRoute.POST, "submit", tokens.anaWrite, jobs.es);
    expect(early.status).toBe(409);
    expect(errorOf(early.json)).toEqual({
      code: "state_conflict",
      message: "5 segments are not confirmed yet. Confirm every segment before you submit.",
    });
    for (const row of translationsOf(db, jobs.es)) {
      const answer = await save(tokens.anaWrite, jobs.es, row.segmentId, {
        text: `ES ${row.source}`,
        status: "translated",
        version: row.version,
      });
      expect(answer.status).toBe(200);
    }
    const submitted = await post(submitRoute.POST, "submit", tokens.anaWrite, jobs.es);
    expect(submitted.status).toBe(200);
    expect(operations.submitJob.response.parse(submitted.json)).toMatchObject({
      status: "in_review",
      can: { edit: false },
      segments: { translated: 5 },
    });
    expect(jobRow(db, jobs.es).status).toBe("in_review");
  });
});
