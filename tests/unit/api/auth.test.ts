// Who may call /api/v1 at all: a working bearer token, never a session cookie; a read-only token
// cannot write; each token has its own request limit. Every route is checked, found by operation.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as dbClient from "@/db/client";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-token";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { API_REQUEST_LIMIT, apiRequestLimiter } from "@/lib/api-tokens/request-limit";
import { segmentSaveLimit } from "@/lib/auth/abuse-limits";
import { segmentSaveLimiter } from "@/lib/auth/save-rate-limit";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import type { Actor } from "@/lib/auth/actor";
import { createTestDb } from "../support/test-db";
import { claimJob } from "@/lib/workflow/claim-job";
import { editorUser, importJobs, POLICY, snapshot, translationsOf, volunteerUser } from "../workflow/support";
import { call, errorOf, tokenFor } from "./support";
import { pathOf, ROUTES } from "./routes";

const state = vi.hoisted(() => ({ db: undefined as Db | undefined, sessionUser: undefined as Actor | undefined }));

vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof dbClient>()),
  getDb: () => state.db!,
}));
// A browser session that would be valid everywhere else: the API must not look at it.
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(state.sessionUser ?? null),
  authOptions: () => {
    throw new Error("next-auth is not part of this test");
  },
}));

const db = createTestDb();
state.db = db;
let ana: Actor;
let jobId: number;
let segmentId: number;
let version: number;
let slug: string;

const articleSlug = (id: number) => db.select().from(articles).where(eq(articles.id, id)).get()!.slug;

beforeAll(async () => {
  const editor = await editorUser(db);
  ana = await volunteerUser(db);
  const imported = importJobs(db, editor);
  jobId = imported.job("es");
  slug = articleSlug(imported.articleId);
  claimJob(db, ana, { jobId }, { policy: POLICY });
  ({ segmentId, version } = translationsOf(db, jobId)[0]!);
  state.sessionUser = ana;
});

const TOKEN_ROUTES = ROUTES.filter(({ operation }) => operation.access !== "public");
const WRITE_ROUTES = ROUTES.filter(({ operation }) => operation.access === "write");

function request(route: (typeof ROUTES)[number], token: string | null, headers: Record<string, string> = {}) {
  const params = { id: String(jobId), segmentId: String(segmentId), slug };
  const body = route.operation.body ? { text: "Manglares", status: "draft", version, days: 3 } : undefined;
  return call(route.handler, pathOf(route.operation, params), {
    token,
    params: Object.fromEntries(
      Object.keys(params)
        .filter((name) => route.operation.path.includes(`{${name}}`))
        .map((name) => [name, params[name as keyof typeof params]]),
    ),
    body,
    method: route.operation.method,
    headers,
  });
}

describe("every route that needs a token", () => {
  it("covers reads and writes, so these tests check something", () => {
    expect(TOKEN_ROUTES.length).toBeGreaterThanOrEqual(8);
    expect(WRITE_ROUTES.map(({ operation }) => operation.operationId)).toEqual([
      "saveJobSegment",
      "claimJob",
      "submitJob",
    ]);
  });

  describe.each(TOKEN_ROUTES)("$operation.method $operation.path", (route) => {
    it("answers 401 with a Bearer challenge without a token, even with a signed-in session cookie", async () => {
      const before = snapshot(db, jobId);
      const answer = await request(route, null, {
        cookie: "next-auth.session-token=valid-session",
        origin: "http://localhost:3000",
      });
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toBe('Bearer realm="tandem"');
      expect(errorOf(answer.json)).toMatchObject({ code: "token_missing" });
      expect(errorOf(answer.json).message).toContain("Authorization: Bearer");
      expect(snapshot(db, jobId)).toEqual(before);
    });

    it.each([
      ["a value that is no token", () => "not-a-token", "token_invalid"],
      ["an unknown token", () => `tdm_${"x".repeat(43)}`, "token_invalid"],
      [
        "a revoked token",
        () => {
          const { token, info } = createApiToken(db, ana, { name: "Revoked", scope: "write" });
          revokeApiToken(db, ana, { tokenId: info.id });
          return token;
        },
        "token_revoked",
      ],
      [
        "an expired token",
        () =>
          createApiToken(
            db,
            ana,
            { name: "Expired", scope: "write", expiresInDays: 1 },
            new Date(Date.now() - 2 * 86_400_000),
          ).token,
        "token_expired",
      ],
    ])("answers 401 invalid_token for %s, changing nothing", async (_label, makeToken, code) => {
      const token = makeToken();
      const before = snapshot(db, jobId);
      const answer = await request(route, token);
      expect(answer.status).toBe(401);
      expect(answer.headers.get("www-authenticate")).toBe('Bearer realm="tandem", error="invalid_token"');
      expect(errorOf(answer.json).code).toBe(code);
      expect(snapshot(db, jobId)).toEqual(before);
    });
  });

  describe.each(WRITE_ROUTES)("$operation.method $operation.path", (route) => {
    it("refuses a read-only token with 403 insufficient_scope and changes nothing", async () => {
      const token = tokenFor(db, ana, "read");
      const before = snapshot(db, jobId);
      const answer = await request(route, token);
      expect(answer.status).toBe(403);
      expect(answer.headers.get("www-authenticate")).toContain('error="insufficient_scope"');
      expect(errorOf(answer.json)).toMatchObject({
        code: "insufficient_scope",
        message: "This token may only read. To make changes, create a token that may read and write.",
      });
      expect(snapshot(db, jobId)).toEqual(before);
    });
  });
});

describe("messages", () => {
  it.each([
    ["es-MX,es;q=0.9", "Este token solo puede leer."],
    ["fr", "Ce jeton ne peut que lire."],
    ["ar", "هذا الرمز للقراءة فقط."],
    ["de, en;q=0.5", "This token may only read."],
  ])("follow Accept-Language %s", async (acceptLanguage, start) => {
    const save = WRITE_ROUTES[0]!;
    const answer = await request(save, tokenFor(db, ana, "read"), { "accept-language": acceptLanguage });
    expect(errorOf(answer.json).message.startsWith(start)).toBe(true);
  });

  it("are the same whatever language cookie the caller sends", async () => {
    const answer = await request(ROUTES[0]!, null, { cookie: "tandem-lng=fr" });
    expect(errorOf(answer.json).message).toMatch(/^This address needs a personal access token/);
  });
});

describe("the request limit", () => {
  it(`answers 429 with Retry-After past ${API_REQUEST_LIMIT.limit} requests a minute of one token, not of another`, async () => {
    const busy = createApiToken(db, ana, { name: "Busy", scope: "read" });
    const calm = tokenFor(db, ana, "read");
    const list = ROUTES.find(({ operation }) => operation.operationId === "listJobs")!;
    // The window is filled as requests would fill it; the next request of this token is one too many.
    const limiter = apiRequestLimiter();
    for (let i = 0; i < API_REQUEST_LIMIT.limit; i++) expect(limiter.take(busy.info.id).allowed).toBe(true);
    const refused = await request(list, busy.token, { "accept-language": "en" });
    expect(refused.status).toBe(429);
    const seconds = Number(refused.headers.get("retry-after"));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(errorOf(refused.json)).toMatchObject({ code: "rate_limited", retryAfterSeconds: seconds });
    expect(errorOf(refused.json).message).toBe(`Too many requests with this token. Try again in ${seconds} s.`);
    expect((await request(list, calm)).status).toBe(200);
  });
});

describe("the save limit of a person", () => {
  it("holds a script to the segment saves a person may make, whichever token it uses", async () => {
    const busy = await volunteerUser(db);
    const busyJob = importJobs(db, await editorUser(db), { targetLanguages: ["es"] }).job("es");
    claimJob(db, busy, { jobId: busyJob }, { policy: POLICY });
    const row = translationsOf(db, busyJob)[0]!;
    const { limit } = segmentSaveLimit();
    for (let i = 0; i < limit; i++) expect(segmentSaveLimiter().take(busy.id).allowed).toBe(true);
    const token = tokenFor(db, busy, "write");
    const before = snapshot(db, busyJob);
    const answer = await call(WRITE_ROUTES[0]!.handler, `/api/v1/jobs/${busyJob}/segments/${row.segmentId}`, {
      token,
      params: { id: String(busyJob), segmentId: String(row.segmentId) },
      body: { text: "Uno más", status: "draft", version: row.version },
      method: "PUT",
    });
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(errorOf(answer.json).message).toMatch(/^Too many saves in a short time\. Saving resumes in \d+ s\.$/);
    expect(snapshot(db, busyJob)).toEqual(before);
  });
});

describe("a write from a program", () => {
  it("needs no Origin header: the token alone authorizes it", async () => {
    const save = WRITE_ROUTES[0]!;
    const answer = await request(save, tokenFor(db, ana, "write"));
    expect(answer.status).toBe(200);
    expect(translationsOf(db, jobId)[0]).toMatchObject({ text: "Manglares", version: version + 1 });
    expect(authenticateApiToken(db, null)).toEqual({ ok: false, reason: "missing" });
  });
});
