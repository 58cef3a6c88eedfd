// The workflow steps several specs walk through, as the people who do them: translate a whole job,
// submit it, approve it as reviewer, publish it as editor.
import { expect, type Browser, type Page } from "@playwright/test";
import type { Role } from "@/db/enums";
import { signInAsDemo } from "./auth";

/** A signed-in demo person in a browser context of their own (baseURL: another server's). */
export async function personIn(browser: Browser, role: Role, baseURL?: string): Promise<Page> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  const page = await context.newPage();
  await signInAsDemo(page, role);
  return page;
}

/**
 * In the open editor: Ctrl+Shift+S copies each segment's source, the volunteer adds `suffix` (and,
 * for the segment numbered in `extra`, that text too) and confirms with Ctrl+Enter.
 */
export async function translateEverySegment(page: Page, suffix: string, extra: Record<number, string> = {}) {
  const boxes = page.locator(".segment-target textarea[id^='translation-']");
  const count = await boxes.count();
  expect(count).toBeGreaterThan(0);
  await boxes.first().focus();
  for (let segment = 0; segment < count; segment++) {
    await expect(boxes.nth(segment)).toBeFocused();
    await page.keyboard.press("Control+Shift+S");
    await page.keyboard.press("Control+End");
    await page.keyboard.type(`${suffix}${extra[segment + 1] ?? ""}`);
    await page.keyboard.press("Control+Enter");
  }
  await expect(page.getByTestId("save-indicator")).toHaveText("All changes saved");
  return count;
}

export async function submitForReview(page: Page) {
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("This translation is no longer open for changes: you can read it.")).toBeVisible();
}

/** As reviewer: takes the job's review and approves every segment. */
export async function approveJob(reviewer: Page, jobId: string) {
  await reviewer.goto(`/en/review/${jobId}`);
  await reviewer.getByRole("button", { name: "Take this review" }).click();
  await reviewer.getByRole("button", { name: "Approve all remaining" }).click();
  await expect(reviewer.getByText("This review is over. Status of the translation: Approved.")).toBeVisible();
}

/** As editor, on the article's management page: publishes its approved translation(s). */
export async function publishFrom(editor: Page, articleUrl: string) {
  await editor.goto(articleUrl);
  await editor.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(editor.getByText("Published.")).toBeVisible();
}
