// The editor on a 2,000-segment article: time until it is interactive in Chromium, and the server
// time of a segment save (Server-Timing of the route handler) over 500 saves.
import { chromium } from "@playwright/test";
import { eq } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { users } from "../db/schema";
import { importArticle } from "../lib/articles/import-article";
import { loadActor } from "../lib/auth/actor";
import { claimJob } from "../lib/workflow/claim-job";
import { temporaryServer } from "../scripts/temporary-server";
import type { BenchmarkResult } from "./types";

const PORT = 3190;
const PASSWORD = "bench-demo-password";
const SEGMENTS = 2000;
const SAVES = 500;
const LOADS = 5;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (value: number) => Math.round(value * 10) / 10;

/** A heading, 399 paragraphs of five sentences with a link each, and a closing paragraph: 2,000 segments. */
function longArticle(): string {
  const paragraphs: string[] = ["# A long report on volunteering"];
  for (let paragraph = 1; paragraph < SEGMENTS / 5; paragraph++) {
    const sentences = Array.from(
      { length: 5 },
      (_, index) =>
        `Volunteers in district ${paragraph} planted ${index + 3} hundred trees${index === 2 ? ` with the [local council](https://example.org/${paragraph})` : ""}.`,
    );
    paragraphs.push(sentences.join(" "));
  }
  paragraphs.push("The report ends here. Thanks to every volunteer. Thanks to every partner. See you next year.");
  return paragraphs.join("\n\n");
}

function prepareJob(databasePath: string): number {
  const db = openDatabase(databasePath);
  try {
    const idOf = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!.id;
    const editor = loadActor(db, idOf("editor@example.org"))!;
    const volunteer = loadActor(db, idOf("volunteer@example.org"))!;
    const { jobIds } = importArticle(db, editor, {
      title: "A long report on volunteering",
      sourceLanguage: "en",
      format: "markdown",
      content: longArticle(),
      targetLanguages: ["es"],
    });
    claimJob(db, volunteer, { jobId: jobIds[0]! });
    return jobIds[0]!;
  } finally {
    db.$client.close();
  }
}

export async function runEditorBenchmark(): Promise<BenchmarkResult> {
  const server = temporaryServer(PORT, {
    TANDEM_DEMO_PASSWORD: PASSWORD,
    // The benchmark saves far faster than anyone types: lift the per-user save limit.
    TANDEM_SAVES_PER_MINUTE: "100000",
  });
  await server.start();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const jobId = prepareJob(server.databasePath);
    const context = await browser.newContext({ baseURL: server.url });
    const page = await context.newPage();
    await page.goto("/en/sign-in");
    await page.getByLabel("Email").fill("volunteer@example.org");
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(/\/en\/dashboard$/);

    const interactive: number[] = [];
    let segmentIds: number[] = [];
    for (let load = 0; load <= LOADS; load++) {
      await page.goto(`/en/jobs/${jobId}`);
      await page.locator(".job-editor[data-ready='true']").waitFor();
      const ready = await page.evaluate(() => performance.getEntriesByName("tandem:editor-ready")[0]?.startTime ?? NaN);
      if (load > 0) interactive.push(ready); // the first load warms the server up
      segmentIds = await page.$$eval(".segment-row", (rows) =>
        rows.map((row) => Number(row.getAttribute("data-segment-id"))),
      );
    }

    const cookie = (await context.cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    const versions = new Map<number, number>(segmentIds.map((id) => [id, 1]));
    const serverMs: number[] = [];
    const roundTripMs: number[] = [];
    for (let save = 0; save < SAVES; save++) {
      const segmentId = segmentIds[save % segmentIds.length]!;
      const started = performance.now();
      const response = await fetch(`${server.url}/api/jobs/${jobId}/segments/${segmentId}`, {
        method: "PUT",
        headers: { "content-type": "application/json", cookie, origin: server.url },
        body: JSON.stringify({ text: `Borrador número ${save}`, status: "draft", version: versions.get(segmentId) }),
      });
      roundTripMs.push(performance.now() - started);
      if (!response.ok) throw new Error(`save ${save} answered ${response.status}`);
      const body = (await response.json()) as { version: number };
      versions.set(segmentId, body.version);
      const timing = /app;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1];
      serverMs.push(Number(timing));
    }
    return {
      name: "editor",
      figures: {
        segments: segmentIds.length,
        interactiveMsMedian: Math.round(percentile(interactive, 50)),
        interactiveMsWorst: Math.round(Math.max(...interactive)),
        saves: SAVES,
        saveServerMsP50: round(percentile(serverMs, 50)),
        saveServerMsP95: round(percentile(serverMs, 95)),
        saveRoundTripMsP50: round(percentile(roundTripMs, 50)),
        saveRoundTripMsP95: round(percentile(roundTripMs, 95)),
      },
    };
  } finally {
    await browser.close();
    await server.dispose();
  }
}
