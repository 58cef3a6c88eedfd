// Every /api/v1 route handler with the operation it answers, for tests that go through all of them.
import * as articleRoute from "@/app/api/v1/articles/[slug]/route";
import * as articlesRoute from "@/app/api/v1/articles/route";
import * as claimRoute from "@/app/api/v1/jobs/[id]/claim/route";
import * as jobRoute from "@/app/api/v1/jobs/[id]/route";
import * as segmentRoute from "@/app/api/v1/jobs/[id]/segments/[segmentId]/route";
import * as segmentsRoute from "@/app/api/v1/jobs/[id]/segments/route";
import * as submitRoute from "@/app/api/v1/jobs/[id]/submit/route";
import * as jobsRoute from "@/app/api/v1/jobs/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import * as publicationsRoute from "@/app/api/v1/publications/route";
import * as operations from "@/app/api/v1/_lib/operations";
import type { Operation } from "@/app/api/v1/_lib/operation";

export type Route = { operation: Operation; handler: unknown };

export const ROUTES: Route[] = [
  { operation: operations.listArticles, handler: articlesRoute.GET },
  { operation: operations.getArticle, handler: articleRoute.GET },
  { operation: operations.listJobs, handler: jobsRoute.GET },
  { operation: operations.getJob, handler: jobRoute.GET },
  { operation: operations.listJobSegments, handler: segmentsRoute.GET },
  { operation: operations.saveJobSegment, handler: segmentRoute.PUT },
  { operation: operations.claimJob, handler: claimRoute.POST },
  { operation: operations.submitJob, handler: submitRoute.POST },
  { operation: operations.listPublications, handler: publicationsRoute.GET },
  { operation: operations.getOpenApiDocument, handler: openApiRoute.GET },
];

/** The operation's path with its parameters filled in. */
export function pathOf(operation: Operation, params: Record<string, string>): string {
  return operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => params[name] ?? "1");
}
