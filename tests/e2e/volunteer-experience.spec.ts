// A volunteer's side of Tandem over the life of one translation, on a server of this spec's own
// (its notification sweep runs every 2 s): warned by the bell and by e-mail when a claim has 23 hours
// left, told when the translation is approved and published, credited on the dashboard, with a
// certificate and a public profile; and the editor's matrix shows the article's jobs as they are.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { claimFromCatalogue } from "./support/articles";
import { ownServer } from "./support/own-server";
import { pdfText } from "./support/pdf-text";
import { approveJob, personIn, publishFrom, submitForReview, translateEverySegment } from "./support/workflow";

const SAMPLE_TITLE = "UN Volunteers enabling gender equality in Latin America and the Caribbean";
const SAMPLE_SLUG = "un-volunteers-gender-equality-latin-america";
const SAMPLE_WORDS = "442";
const HOUR_MS = 60 * 60 * 1000;

const server = ownServer(3102, { TANDEM_NOTIFICATION_SWEEP_SECONDS: "2" });

test.beforeAll(async () => {
  await server.start();
});

test.afterAll(async () => {
  await server.dispose();
});

/** The .eml files the development sender wrote, beside the server's database. */
function outbox(): { name: string; text: string }[] {
  const dir = path.join(path.dirname(server.databasePath), "outbox");
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith(".eml"));
  } catch {
    return [];
  }
  return names.map((name) => ({ name, text: readFileSync(path.join(dir, name), "utf8") }));
}

/** Time passes: the claim of `jobId` is now due in 23 hours. */
function dueIn23Hours(jobId: number) {
  const db = new Database(server.databasePath);
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("update jobs set due_at = ? where id = ?").run(Date.now() + 23 * HOUR_MS, jobId);
  } finally {
    db.close();
  }
}

test("a volunteer is warned before a claim runs out, credited once the translation is published, and can prove it", async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const volunteer = await personIn(browser, "volunteer", server.url);
  const jobUrl = await claimFromCatalogue(volunteer, SAMPLE_TITLE, "Spanish");
  const jobId = Number(new URL(jobUrl).pathname.split("/").pop());

  // 23 hours before the due time, the sweep warns in the app and by e-mail, once.
  dueIn23Hours(jobId);
  await expect.poll(() => outbox().filter((mail) => mail.name.endsWith("-claim-expiring.eml")).length).toBe(1);
  const [warning] = outbox().filter((mail) => mail.name.endsWith("-claim-expiring.eml"));
  expect(warning!.text).toMatch(/^To: .*volunteer@example\.org/m);
  expect(warning!.text).toContain(`${server.url}/en/jobs/${jobId}`);
  await volunteer.goto("/en/dashboard");
  const bell = volunteer.getByRole("link", { name: "Notifications, 1 unread" });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(volunteer).toHaveURL(/\/en\/notifications$/);
  const list = volunteer.getByRole("main");
  await expect(list).toContainText(SAMPLE_TITLE);
  await expect(list).toContainText("Your claim on the Spanish translation");
  await expect(list).toContainText(/ends .*2026/);

  // The volunteer finishes in time; the reviewer approves; the editor publishes.
  await volunteer.goto(jobUrl);
  await expect(volunteer.locator(".job-editor[data-ready='true']")).toBeVisible();
  expect(await translateEverySegment(volunteer, " (ES)")).toBe(23);
  await submitForReview(volunteer);
  const reviewer = await personIn(browser, "reviewer", server.url);
  await approveJob(reviewer, String(jobId));
  const editor = await personIn(browser, "editor", server.url);
  await publishFrom(editor, `/en/manage/articles/${SAMPLE_SLUG}`);

  // The editor's matrix shows the sample article's two jobs as they now are.
  await editor.goto("/en/manage/matrix");
  const matrix = editor.getByRole("table", { name: "Articles (rows) by target language (columns)" });
  const sample = matrix.getByRole("row").filter({ hasText: SAMPLE_TITLE });
  const columns = (await matrix.getByRole("columnheader").allTextContents()).map((text) => text.trim());
  const cellOf = (language: string) => sample.getByRole("cell").nth(columns.indexOf(language) - 1);
  await expect(cellOf("Spanish")).toContainText("Published");
  await expect(cellOf("Spanish")).toContainText(`${SAMPLE_WORDS} of ${SAMPLE_WORDS} words translated`);
  await expect(cellOf("Spanish")).toContainText("Christopher Clarke");
  await expect(cellOf("French")).toContainText("Open");
  await expect(cellOf("French")).toContainText("No translator");

  // Told of the approval and the publication, in the app and by e-mail.
  await volunteer.goto("/en/notifications");
  await expect(volunteer.getByRole("main")).toContainText(/approved/i);
  await expect(volunteer.getByRole("main")).toContainText(/published/i);
  await expect
    .poll(() => outbox().map((mail) => mail.name.replace(/^[^Z]*Z-\d+-/, "")))
    .toEqual(expect.arrayContaining(["claim-expiring.eml", "job-approved.eml", "article-published.eml"]));

  // Credited on the dashboard, with the published article linked.
  await volunteer.goto("/en/dashboard");
  const impact = volunteer.getByRole("region", { name: "Your contribution" });
  await expect(impact).toContainText(SAMPLE_WORDS);
  await expect(impact.getByRole("link", { name: /UN Voluntarios|UN Volunteers/ }).first()).toBeVisible();
  await testInfo.attach("volunteer dashboard", {
    body: await volunteer.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  // The certificate: a PDF made on the server, with the volunteer's name and words.
  const download = volunteer.waitForEvent("download");
  await impact.getByRole("link", { name: "Download your certificate of contribution (PDF)" }).click();
  const file = await (await download).path();
  const certificate = readFileSync(file);
  expect(certificate.subarray(0, 5).toString()).toBe("%PDF-");
  const text = await pdfText(certificate);
  expect(text).toContain("Christopher Clarke");
  expect(text).toContain(SAMPLE_WORDS);
  await testInfo.attach("certificate.pdf", { body: certificate, contentType: "application/pdf" });

  // The public profile exists only while the volunteer wants it.
  const visitor = await (await browser.newContext({ baseURL: server.url })).newPage();
  await volunteer.goto("/en/settings");
  const choice = volunteer.locator("#public-profile");
  await choice.getByLabel("Anyone with its address (public)").check();
  await choice.getByRole("button", { name: "Save" }).click();
  await expect(choice.getByText("Your profile is public.")).toBeVisible();
  const profile = (await choice.getByRole("link", { name: "See your public profile" }).getAttribute("href"))!;
  await visitor.goto(profile);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Christopher Clarke");
  await expect(visitor.getByRole("main")).toContainText(SAMPLE_WORDS);
  await expect(visitor.getByRole("main")).not.toContainText("volunteer@example.org");
  // Private again: the address answers like one that never existed.
  await choice.getByLabel("Only you (private)").check();
  await choice.getByRole("button", { name: "Save" }).click();
  await expect(choice.getByText(/Your profile is private/)).toBeVisible();
  expect((await visitor.goto(profile))?.status()).toBe(404);
});
