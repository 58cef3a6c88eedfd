// Every route handler under app/api that changes state refuses a request from another site: a
// missing or foreign Origin gets 403 and the database stays exactly as it was. The route modules
// are found on disk, so a handler added later is checked too. next-auth's own route is left out:
// it checks its CSRF token itself. (Server actions need no such test: Next.js compares their
// Origin with the Host before running one.)
import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type * as dbClient from "@/db/client";
import type { Db } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { claimJob } from "@/lib/workflow/claim-job";
import { createTestDb } from "../support/test-db";
import { editorUser, importJobs, POLICY, translationsOf, volunteerUser } from "../workflow/support";

const state = vi.hoisted(() => ({ db: undefined as Db | undefined, actor: undefined as Actor | undefined }));

// A signed-in user, so that a refusal can only be about where the request came from.
vi.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: () => Promise.resolve(state.actor ?? null),
  authOptions: () => {
    throw new Error("next-auth is not part of this test");
  },
}));
vi.mock("@/db/client", async (importOriginal) => ({
  ...(await importOriginal<typeof dbClient>()),
  getDb: () => state.db!,
}));

const STATE_CHANGING = ["POST", "PUT", "PATCH", "DELETE"] as const;
const API_ROOT = path.resolve(__dirname, "../../../app/api");
const NEXT_AUTH = path.join(API_ROOT, "auth", "[...nextauth]");
// The token API reads no cookie, so a cross-site request has nothing to ride on (tests/unit/api).
const TOKEN_API = path.join(API_ROOT, "v1");
const SITE = "localhost:3000";

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return full === NEXT_AUTH || full === TOKEN_API ? [] : routeFiles(full);
    return /^route\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const db = createTestDb();
state.db = db;
let jobId = 0;
let segmentId = 0;
let version = 0;

beforeAll(async () => {
  const editor = await editorUser(db);
  const volunteer = await volunteerUser(db);
  jobId = importJobs(db, editor).job("es");
  claimJob(db, volunteer, { jobId }, { policy: POLICY });
  const first = translationsOf(db, jobId)[0]!;
  segmentId = first.segmentId;
  version = first.version;
  // The assignee: with the right Origin every handler here could act for them.
  state.actor = volunteer;
});

/** Route parameters from the folder names ([jobId] -> the claimed job's id, and so on). */
function paramsFor(file: string): Record<string, string> {
  const values: Record<string, string> = { jobId: String(jobId), segmentId: String(segmentId) };
  const names = [...path.relative(API_ROOT, file).matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((match) => match[1]!);
  return Object.fromEntries(names.map((name) => [name, values[name] ?? "1"]));
}

function request(file: string, method: string, origin: string | null): NextRequest {
  const url = `http://${SITE}/api/${path.relative(API_ROOT, path.dirname(file)).split(path.sep).join("/")}`;
  const headers: Record<string, string> = { host: SITE, "content-type": "application/json" };
  if (origin !== null) headers.origin = origin;
  // A body a segment save would accept, so that only the Origin can be why a handler refuses.
  return new NextRequest(url, {
    method,
    headers,
    body: JSON.stringify({ text: "Texto de otro sitio", status: "draft", version }),
  });
}

/** Every row of every table: a refused request must leave all of it as it was. */
function everything(): string {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return JSON.stringify(tables.map(({ name }) => [name, db.$client.prepare(`SELECT * FROM "${name}"`).all()]));
}

const handlers = await Promise.all(
  routeFiles(API_ROOT).map(async (file) => {
    const exported = (await import(file)) as Record<string, unknown>;
    const methods = STATE_CHANGING.filter((method) => typeof exported[method] === "function");
    return methods.map((method) => ({
      name: `${method} ${path.relative(API_ROOT, path.dirname(file))}`,
      file,
      method,
      handler: exported[method] as Handler,
    }));
  }),
).then((lists) => lists.flat());

describe("state-changing API routes", () => {
  it("include the segment save, so this test checks something", () => {
    expect(handlers.map(({ name }) => name)).toContain(
      `PUT ${path.join("jobs", "[jobId]", "segments", "[segmentId]")}`,
    );
  });

  describe.each(handlers)("$name", ({ file, method, handler }) => {
    it.each([
      ["another site", "https://evil.example"],
      ["a look-alike host", `http://${SITE}.evil.example`],
      ["no Origin at all", null],
      ["an Origin that is no URL", "null"],
    ])("refuses a request from %s with 403 and changes nothing", async (_label, origin) => {
      const before = everything();
      const response = await handler(request(file, method, origin), { params: Promise.resolve(paramsFor(file)) });
      expect(response.status).toBe(403);
      expect(everything()).toBe(before);
    });
  });

  it("accept the same request from this site (the refusals above are about Origin alone)", async () => {
    const save = handlers.find(({ name }) => name.startsWith("PUT jobs"))!;
    const response = await save.handler(request(save.file, "PUT", `http://${SITE}`), {
      params: Promise.resolve(paramsFor(save.file)),
    });
    expect(response.status).toBe(200);
    expect(translationsOf(db, jobId)[0]!.text).toBe("Texto de otro sitio");
  });
});
