// One simulated translator of the load benchmark: saves a segment every few seconds (two drafts of
// a sentence, then its confirmation, then the next sentence) and now and then opens the editor
// page, on one keep-alive HTTP client, recording the wall time of every request.
import type { PreparedTranslator } from "./load-prepare";

/** What one translator does during the measured window; times are epoch milliseconds. */
export type TranslatorPlan = {
  baseUrl: string;
  cookie: string;
  jobId: number;
  segments: PreparedTranslator["segments"];
  /** Index of the first segment this translator works on. */
  firstSegment: number;
  /** The first save; the others follow every `saveIntervalMs`. */
  firstSaveAt: number;
  saveIntervalMs: number;
  /** When the editor page is opened. */
  pageLoadsAt: number[];
  /** Nothing starts at or after this time; requests under way then are waited for and counted. */
  endAt: number;
};

export type LoadSamples = {
  saveMs: number[];
  /** The save route's own time (its Server-Timing header). */
  saveServerMs: number[];
  pageMs: number[];
  /** Time until the page's response headers arrived, of the same loads. */
  pageHeadersMs: number[];
  pageBytes: number;
  /** Saves sent later than planned because the previous save had not answered yet. */
  lateSaves: number;
  /** Failed requests by kind: "save 409", "page 500", "save network ECONNRESET"… */
  errors: Record<string, number>;
};

export function emptySamples(): LoadSamples {
  return { saveMs: [], saveServerMs: [], pageMs: [], pageHeadersMs: [], pageBytes: 0, lateSaves: 0, errors: {} };
}

export function mergeSamples(into: LoadSamples, from: LoadSamples): void {
  into.saveMs.push(...from.saveMs);
  into.saveServerMs.push(...from.saveServerMs);
  into.pageMs.push(...from.pageMs);
  into.pageHeadersMs.push(...from.pageHeadersMs);
  into.pageBytes += from.pageBytes;
  into.lateSaves += from.lateSaves;
  for (const [kind, count] of Object.entries(from.errors)) into.errors[kind] = (into.errors[kind] ?? 0) + count;
}

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));

function countError(samples: LoadSamples, kind: string) {
  samples.errors[kind] = (samples.errors[kind] ?? 0) + 1;
}

function networkError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return `network ${cause?.code ?? (error instanceof Error ? error.name : "error")}`;
}

/** The draft typed so far (a third, two thirds) or, at the third save, the whole confirmed sentence. */
function saveBody(source: string, step: number, version: number) {
  // Keeps the source's tags, so the confirmation passes the tag check a real one must pass.
  const translation = `Traducción: ${source}`;
  if (step === 2) return { text: translation, status: "translated", version };
  return { text: translation.slice(0, Math.ceil((translation.length * (step + 1)) / 3)), status: "draft", version };
}

async function saveLoop(plan: TranslatorPlan, samples: LoadSamples) {
  const versions = plan.segments.map((segment) => segment.version);
  for (let save = 0; ; save++) {
    const due = plan.firstSaveAt + save * plan.saveIntervalMs;
    if (due >= plan.endAt) return;
    if (save > 0 && Date.now() > due) samples.lateSaves++;
    await sleepUntil(due);
    const index = (plan.firstSegment + Math.floor(save / 3)) % plan.segments.length;
    const segment = plan.segments[index]!;
    const started = performance.now();
    try {
      const response = await fetch(`${plan.baseUrl}/api/jobs/${plan.jobId}/segments/${segment.id}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie: plan.cookie, origin: plan.baseUrl },
        body: JSON.stringify(saveBody(segment.source, save % 3, versions[index]!)),
      });
      // An error page of the framework is not JSON: its status is what counts.
      const body = (await response.json().catch(() => ({}))) as { version?: number; conflict?: { version: number } };
      if (!response.ok) {
        countError(samples, `save ${response.status}`);
        // A conflict names the server's version: carry on from it as the editor would.
        if (body.conflict) versions[index] = body.conflict.version;
        continue;
      }
      samples.saveMs.push(performance.now() - started);
      versions[index] = body.version!;
      const serverMs = /app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1];
      if (serverMs !== undefined) samples.saveServerMs.push(Number(serverMs));
    } catch (error) {
      countError(samples, `save ${networkError(error)}`);
    }
  }
}

async function pageLoads(plan: TranslatorPlan, samples: LoadSamples) {
  for (const at of plan.pageLoadsAt) {
    if (at >= plan.endAt) return;
    await sleepUntil(at);
    const started = performance.now();
    try {
      // A redirect (to sign-in) is a failure here, not something to follow.
      const response = await fetch(`${plan.baseUrl}/en/jobs/${plan.jobId}`, {
        headers: { cookie: plan.cookie },
        redirect: "manual",
      });
      const headersMs = performance.now() - started;
      const html = await response.arrayBuffer();
      if (response.status !== 200) {
        countError(samples, `page ${response.status}`);
        continue;
      }
      samples.pageMs.push(performance.now() - started);
      samples.pageHeadersMs.push(headersMs);
      samples.pageBytes += html.byteLength;
    } catch (error) {
      countError(samples, `page ${networkError(error)}`);
    }
  }
}

/** Runs one translator's plan to its end. */
export async function runTranslator(plan: TranslatorPlan, samples: LoadSamples): Promise<void> {
  await Promise.all([saveLoop(plan, samples), pageLoads(plan, samples)]);
}
