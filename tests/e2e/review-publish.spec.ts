// The whole life of a translation, with three people in three browser contexts: a volunteer
// translates and submits, a reviewer sends two segments back, the volunteer fixes them, the reviewer
// approves, an editor publishes; then the source changes and only the changed sentence goes back.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { claimFromCatalogue, createArticle, SAMPLE_ARTICLE } from "./support/articles";
import { personIn, translateEverySegment } from "./support/workflow";

const XSS = ` <img src=x onerror="window.__xss=1"><script>window.__xss=2</script> [x](javascript:window.__xss=3)`;
const CHANGED_ARTICLE = SAMPLE_ARTICLE.replace(
  "Their presence contributes towards",
  "Their presence contributes strongly towards",
);

const row = (page: Page, number: number) => page.locator("li.segment-row").nth(number - 1);

async function reject(page: Page, number: number, category: string, severity: string, comment: string) {
  const segment = row(page, number);
  await segment.getByRole("button", { name: `Reject segment ${number}`, exact: true }).click();
  await segment.getByLabel("Error category").selectOption({ label: category });
  await segment.getByLabel("Severity").selectOption({ label: severity });
  await segment.getByLabel("What is wrong").fill(comment);
  await segment.getByRole("button", { name: `Reject segment ${number} with this comment` }).click();
  await expect(segment.locator(".segment-status")).toHaveText("Rejected");
}

test("a translation goes from volunteer to reviewer to the public page, and only a changed sentence goes back", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const title = `Gender equality in review ${Date.now()}`;
  const editor = await personIn(browser, "editor");
  await createArticle(editor, title, SAMPLE_ARTICLE, ["Spanish"]);
  const articleUrl = editor.url();

  // The volunteer translates everything and submits.
  const volunteer = await personIn(browser, "volunteer");
  const jobUrl = await claimFromCatalogue(volunteer, title, "Spanish");
  const jobId = jobUrl.split("/").pop()!;
  expect(await translateEverySegment(volunteer, " (ES)", { 2: XSS })).toBe(23);
  await volunteer.getByRole("button", { name: "Submit for review" }).click();
  await expect(volunteer.getByText("This translation is no longer open for changes: you can read it.")).toBeVisible();

  // The reviewer finds it in the queue, takes it and rejects two segments with categories.
  const reviewer = await personIn(browser, "reviewer");
  await reviewer.getByRole("link", { name: "Review", exact: true }).click();
  const waiting = reviewer.getByRole("table", { name: "Waiting for a reviewer" });
  await expect(waiting.getByRole("row").filter({ hasText: title })).toContainText("Christopher Clarke");
  await waiting.getByRole("link", { name: title }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/en/review/${jobId}$`));
  await reviewer.getByRole("button", { name: "Take this review" }).click();
  await reject(reviewer, 3, "Accuracy", "Major", "Say 33 agencies, not entities: check the figure.");
  await reject(reviewer, 7, "Fluency", "Minor", "This sentence reads awkwardly.");
  // 5 + 1 penalty points over 442 words.
  await expect(reviewer.getByText("13.6 penalty points per 1,000 words (6 points)")).toBeVisible();
  // The review editor, with a rejection form open, is usable with assistive technology.
  await row(reviewer, 9).getByRole("button", { name: "Reject segment 9", exact: true }).click();
  const reviewAxe = await new AxeBuilder({ page: reviewer }).analyze();
  expect(reviewAxe.violations.map((violation) => violation.id)).toEqual([]);
  // What the reviewer types survives a reload until the decision is made or cancelled.
  await row(reviewer, 9).getByLabel("What is wrong").fill("Half a thought about this sentence");
  await reviewer.reload();
  await expect(row(reviewer, 9).getByLabel("What is wrong")).toHaveValue("Half a thought about this sentence");
  await row(reviewer, 9).getByRole("button", { name: "Cancel" }).click();
  await reviewer.reload();
  await expect(row(reviewer, 9).getByLabel("What is wrong")).toHaveCount(0);
  await reviewer.getByRole("button", { name: "Request changes (2 rejected segments)" }).click();
  await expect(reviewer.getByText("Sent back to Christopher Clarke")).toBeVisible();

  // The volunteer sees the comments on the rejected segments, fixes both and submits again.
  await volunteer.goto(jobUrl);
  await expect(row(volunteer, 3)).toContainText("Say 33 agencies, not entities: check the figure.");
  await expect(row(volunteer, 3)).toContainText("Accuracy · Major");
  await expect(row(volunteer, 7)).toContainText("Fluency · Minor");
  for (const number of [3, 7]) {
    const box = row(volunteer, number).locator("textarea[id^='translation-']");
    await box.focus();
    await volunteer.keyboard.press("Control+End");
    await volunteer.keyboard.type(" (corregido)");
    await volunteer.keyboard.press("Control+Enter");
  }
  await expect(volunteer.getByTestId("save-indicator")).toHaveText("All changes saved");
  // The volunteer answers in the segment's thread.
  await row(volunteer, 3).getByText("Comments (1)").click();
  await row(volunteer, 3).getByLabel("Your comment").fill("Corrected: the source says entities.");
  // A comment typed but not yet sent survives a reload.
  await volunteer.reload();
  await expect(row(volunteer, 3).getByLabel("Your comment")).toHaveValue("Corrected: the source says entities.");
  await row(volunteer, 3).getByRole("button", { name: "Add comment" }).click();
  await expect(row(volunteer, 3).getByText("Comments (2)")).toBeVisible();
  await volunteer.getByRole("button", { name: "Submit for review" }).click();
  await expect(volunteer.getByText("This translation is no longer open for changes: you can read it.")).toBeVisible();

  // It comes straight back to the same reviewer, who edits the heading and approves the rest.
  await reviewer.goto("/en/review");
  await reviewer.getByRole("table", { name: "Your reviews" }).getByRole("link", { name: title }).click();
  await row(reviewer, 3).getByText("Comments (2)").click();
  await expect(row(reviewer, 3)).toContainText("Corrected: the source says entities.");
  const heading = row(reviewer, 1);
  await heading.getByRole("button", { name: "Edit segment 1", exact: true }).click();
  await heading
    .getByLabel("Corrected translation of segment 1")
    .fill("Voluntarias de la ONU por la igualdad de género en América Latina y el Caribe");
  await heading.getByRole("button", { name: "Save and approve" }).click();
  await expect(heading.locator(".segment-status")).toHaveText("Approved");
  await expect(heading.locator("ins.diff-added").first()).toBeVisible();
  await reviewer.getByRole("button", { name: "Approve all remaining" }).click();
  await expect(reviewer.getByText("This review is over. Status of the translation: Approved.")).toBeVisible();

  // The editor publishes; the public page has the article's structure in Spanish, with credit.
  await editor.goto(articleUrl);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByText("Published.")).toBeVisible();
  const dialogs: string[] = [];
  const reader = await (await browser.newContext()).newPage();
  reader.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const slug = new URL(articleUrl).pathname.split("/").pop()!;
  await reader.goto(`/en/a/${slug}/es`);
  const article = reader.locator("article[lang='es']");
  await expect(article).toHaveAttribute("dir", "ltr");
  // The article's opening heading, as the reviewer corrected it, is the page's title.
  await expect(article.getByRole("heading", { level: 1 })).toHaveText(
    "Voluntarias de la ONU por la igualdad de género en América Latina y el Caribe",
  );
  await expect(article.getByRole("heading", { name: "Latin America and the Caribbean (ES)" })).toBeVisible();
  await expect(article.getByRole("listitem")).toHaveText("gender equality (ES)");
  await expect(article.getByText("“ As a UN Volunteer, I design")).toContainText("project, which focuses");
  await expect(article.getByRole("link", { name: "PlanetGOLD" })).toHaveAttribute("href", "#");
  await expect(article.locator(".credit")).toContainText("Christopher Clarke");
  await expect(article.locator(".credit")).toContainText("Lucía Fernández");
  await expect(reader.locator("link[rel='alternate'][hreflang='es']")).toHaveCount(1);
  await expect(reader.locator("link[rel='alternate'][hreflang='en']")).toHaveCount(1);
  // The payload is words on the page, never markup: nothing ran, nothing was injected.
  await expect(article).toContainText('<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>');
  expect(await article.locator("script, img, [onerror], a[href^='javascript']").count()).toBe(0);
  expect(await reader.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  const axe = await new AxeBuilder({ page: reader }).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);

  // A newer source changes one sentence: only that segment goes back to work.
  await editor.goto(articleUrl);
  await editor.getByLabel("Or paste the text").fill(CHANGED_ARTICLE);
  await editor.getByRole("button", { name: "Update the source" }).click();
  await expect(editor.getByText("1 changed")).toBeVisible();
  await expect(editor.getByText("Update in progress", { exact: true })).toBeVisible();

  await reader.reload();
  await expect(reader.getByRole("status")).toHaveText(/Update in progress/);
  await expect(article.locator(".credit")).toContainText("Christopher Clarke");

  await volunteer.goto(`/en/work?q=${encodeURIComponent(title)}`);
  const offer = volunteer.getByRole("row").filter({ hasText: title });
  // Words to translate: the changed sentence's 38, of the article's 443.
  await expect(offer.getByRole("cell").nth(2)).toHaveText(/^38\s*to translate, of 443$/);
  await expect(offer).toContainText("this update is kept for you until");
  await offer.getByRole("button", { name: "Claim" }).click();
  await expect(volunteer).toHaveURL(new RegExp(`/en/jobs/${jobId}$`));
  await expect(volunteer.locator("li.segment-row.status-outdated")).toHaveCount(1);
  await expect(volunteer.locator("li.segment-row.status-approved")).toHaveCount(22);
  await expect(row(volunteer, 4).locator("ins")).toContainText("strongly");
});

test("a reviewer cannot open the review of a translation they made", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Own work ${Date.now()}`;
  const editor = await personIn(browser, "editor");
  await createArticle(editor, title, "# Reef watch\n\nDivers counted fish in Fiji.\n", ["Spanish"]);
  // The demo reviewer also translates into Spanish.
  const reviewer = await personIn(browser, "reviewer");
  const jobUrl = await claimFromCatalogue(reviewer, title, "Spanish");
  const jobId = jobUrl.split("/").pop()!;
  const boxes = reviewer.locator(".segment-target textarea[id^='translation-']");
  for (let segment = 0; segment < 2; segment++) {
    await boxes.nth(segment).fill(`Traducción ${segment + 1}`);
    await boxes.nth(segment).press("Control+Enter");
  }
  await expect(reviewer.getByTestId("save-indicator")).toHaveText("All changes saved");
  await reviewer.getByRole("button", { name: "Submit for review" }).click();
  await expect(reviewer.getByText("This translation is no longer open for changes: you can read it.")).toBeVisible();

  await reviewer.goto("/en/review");
  await expect(reviewer.getByRole("link", { name: title })).toHaveCount(0);
  const response = await reviewer.goto(`/en/review/${jobId}`);
  expect(response?.status()).toBe(404);
});
