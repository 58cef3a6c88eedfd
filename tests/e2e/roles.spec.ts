import { expect, test } from "@playwright/test";
import { signInAsDemo } from "./support/auth";

const SAMPLE_TITLE = "UN Volunteers enabling gender equality in Latin America and the Caribbean";

test("the demo editor sees the articles page with the sample article's translations", async ({ page }) => {
  await signInAsDemo(page, "editor");
  await expect(page.getByText("You are signed in as: Editor.")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await expect(page).toHaveURL(/\/en\/manage$/);
  const row = page.getByRole("row").filter({ hasText: SAMPLE_TITLE });
  await expect(row).toContainText("Spanish: Open");
  await expect(row).toContainText("French: Open");
  await expect(row).toContainText("SDG 5");
});

test("a volunteer who opens an editor-only or admin-only URL gets 404", async ({ page }) => {
  await signInAsDemo(page, "volunteer");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" })).toHaveCount(0);
  for (const path of ["/en/manage", "/en/admin"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(SAMPLE_TITLE)).toHaveCount(0);
  }
});

test("the demo admin sees everyone, and each role's dashboard offers what that role can do", async ({ page }) => {
  await signInAsDemo(page, "admin");
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  await page.getByRole("link", { name: "See everyone" }).click();
  const table = page.getByRole("table", { name: "People" });
  for (const role of ["Volunteer", "Reviewer", "Editor", "Administrator"]) {
    await expect(table.getByRole("cell", { name: role, exact: true }).first()).toBeVisible();
  }
  await expect(table).not.toContainText("scrypt$");
});

test("a reviewer's dashboard shows the review queue for their languages", async ({ page }) => {
  await signInAsDemo(page, "reviewer");
  await expect(page.getByRole("heading", { name: "Your reviews" })).toBeVisible();
  // One row per language reviewed; other specs may have submitted translations by now, so the
  // figures vary, the rows do not.
  const queue = page.getByRole("table", { name: "Translations in review, by language" });
  await expect(queue.getByRole("rowheader")).toHaveText(["Spanish", "French"]);
  await expect(queue.getByRole("columnheader")).toHaveText([
    "Language",
    "Waiting for a reviewer",
    "Taken by you",
    "Sent back to the translator",
  ]);
  await expect(page.getByRole("link", { name: "Open the review queue" })).toHaveAttribute("href", "/en/review");
  await expect(page.getByText("You review translations into: Spanish and French.")).toBeVisible();
});
