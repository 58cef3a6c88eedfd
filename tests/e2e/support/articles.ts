import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

export const SAMPLE_ARTICLE = readFileSync(
  path.join(process.cwd(), "db", "seed", "unv-women-volunteers-lac.md"),
  "utf8",
);

/**
 * As a signed-in editor: imports an article (pasted Markdown) and opens it for the languages given
 * (their English names), through the pages an editor uses.
 */
export async function createArticle(page: Page, title: string, content: string, languages: string[]) {
  await page.goto("/en/manage/import");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Or paste the text").fill(content);
  await page.getByRole("button", { name: "Import and show segments" }).click();
  await expect(page).toHaveURL(/\/en\/manage\/articles\//);
  const group = page.getByRole("group", { name: "Open for translation into" });
  for (const language of languages) await group.getByLabel(language, { exact: true }).check();
  await page.getByRole("button", { name: "Open for translation" }).click();
  await expect(page.getByRole("region", { name: "Translations" }).getByRole("status")).toBeVisible();
}

/** As a signed-in volunteer: claims the job of `title` into `language` from the catalogue; returns its URL. */
export async function claimFromCatalogue(page: Page, title: string, language: string): Promise<string> {
  await page.goto(`/en/work?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("row").filter({ hasText: title }).filter({ hasText: language });
  await row.getByRole("button", { name: "Claim" }).click();
  await expect(page).toHaveURL(/\/en\/jobs\/\d+$/);
  await expect(page.locator(".job-editor[data-ready='true']")).toBeVisible();
  return page.url();
}
