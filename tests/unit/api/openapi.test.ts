// The OpenAPI document at /api/v1/openapi.json describes exactly the route handlers on disk: every
// route file and method is in it, and everything in it is a route file. Found by walking app/api/v1,
// so a route added later without its operation fails here.
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { openApiDocument } from "@/app/api/v1/_lib/openapi-document";
import { OPERATIONS } from "@/app/api/v1/_lib/operations";
import { ROUTES } from "./routes";

const V1 = path.resolve(__dirname, "../../../app/api/v1");
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function routeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** app/api/v1/jobs/[id]/route.ts -> /api/v1/jobs/{id} */
function apiPath(file: string): string {
  const folders = path.relative(V1, path.dirname(file)).split(path.sep).filter(Boolean);
  return ["/api/v1", ...folders.map((folder) => folder.replace(/^\[(\w+)\]$/, "{$1}"))].join("/");
}

type Doc = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: { securitySchemes: Record<string, { type: string; scheme: string }>; schemas: Record<string, unknown> };
};

/** The document as a client receives it: through JSON. */
const doc = JSON.parse(JSON.stringify(openApiDocument())) as Doc;

const onDisk = await Promise.all(
  routeFiles(V1).map(async (file) => {
    const exported = (await import(file)) as Record<string, unknown>;
    return {
      path: apiPath(file),
      methods: METHODS.filter((method) => typeof exported[method] === "function").map((method) => method.toLowerCase()),
    };
  }),
);

describe("the OpenAPI document", () => {
  it("has every route file with each method it exports", () => {
    expect(onDisk.length).toBeGreaterThanOrEqual(10);
    for (const route of onDisk) {
      expect(route.methods.length, `${route.path} exports no handler`).toBeGreaterThan(0);
      for (const method of route.methods)
        expect(doc.paths[route.path]?.[method], `${method} ${route.path}`).toBeDefined();
    }
  });

  it("has nothing that no route file answers", () => {
    const served = new Set(onDisk.flatMap((route) => route.methods.map((method) => `${method} ${route.path}`)));
    for (const [apiPathName, item] of Object.entries(doc.paths)) {
      for (const method of Object.keys(item))
        expect(served, `${method} ${apiPathName}`).toContain(`${method} ${apiPathName}`);
    }
  });

  it("is an OpenAPI 3.1 document with the fields a reader needs", () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBeTruthy();
    expect(doc.components.securitySchemes.personalAccessToken).toMatchObject({ type: "http", scheme: "bearer" });
    const operationIds = new Set<string>();
    for (const [apiPathName, item] of Object.entries(doc.paths)) {
      const declared = [...apiPathName.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const [method, operation] of Object.entries(item)) {
        const where = `${method} ${apiPathName}`;
        const op = operation as {
          operationId: string;
          summary: string;
          security: unknown[];
          parameters: { name: string; in: string; required: boolean; schema: unknown }[];
          responses: Record<string, { description: string; content?: unknown }>;
        };
        expect(operationIds.has(op.operationId), `${where}: operationId used twice`).toBe(false);
        operationIds.add(op.operationId);
        expect(op.summary, where).toBeTruthy();
        expect(op.responses["200"]?.content, where).toBeDefined();
        for (const response of Object.values(op.responses)) expect(response.description, where).toBeTruthy();
        const pathParameters = op.parameters.filter((parameter) => parameter.in === "path");
        expect(pathParameters.map((parameter) => parameter.name).sort(), where).toEqual([...declared].sort());
        for (const parameter of pathParameters) expect(parameter.required, where).toBe(true);
        if (op.security.length > 0) {
          expect(op.security, where).toEqual([{ personalAccessToken: [] }]);
          expect(Object.keys(op.responses), where).toEqual(expect.arrayContaining(["401", "429"]));
        }
      }
    }
  });

  it("needs a token for everything but the publications and itself", () => {
    const open = Object.entries(doc.paths).flatMap(([apiPathName, item]) =>
      Object.entries(item)
        .filter(([, operation]) => (operation.security as unknown[]).length === 0)
        .map(([method]) => `${method} ${apiPathName}`),
    );
    expect(open.sort()).toEqual(["get /api/v1/openapi.json", "get /api/v1/publications"]);
  });

  it("describes request bodies and the error shape, and every reference resolves", () => {
    const save = doc.paths["/api/v1/jobs/{id}/segments/{segmentId}"]!.put as {
      requestBody: { required: boolean; content: { "application/json": { schema: { required: string[] } } } };
    };
    expect(save.requestBody.required).toBe(true);
    expect([...save.requestBody.content["application/json"].schema.required].sort()).toEqual([
      "status",
      "text",
      "version",
    ]);
    expect(doc.components.schemas.Error).toMatchObject({ required: ["error"] });
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const target = ref
        .replace(/^#\//, "")
        .split("/")
        .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });

  it("is what GET /api/v1/openapi.json serves, as JSON, without a token", async () => {
    const response = openApiRoute.GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual(doc);
  });

  it("has an operation for every route the other API tests call", () => {
    expect(ROUTES.map(({ operation }) => operation.operationId).sort()).toEqual(
      OPERATIONS.map((operation) => operation.operationId).sort(),
    );
  });
});
