import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { claimFromCatalogue, createArticle, SAMPLE_ARTICLE } from "./support/articles";
import { signIn, signInAsDemo } from "./support/auth";
import { E2E_DEMO_PASSWORD } from "./support/constants";
import { ownServer } from "./support/own-server";

const SHORT_ARTICLE = "# Reef watch\n\nDivers counted fish in Fiji. The [report](https://example.org/r) is online.\n";

async function newArticleAsEditor(page: Page, title: string, content: string, languages: string[]) {
  await signInAsDemo(page, "editor");
  await createArticle(page, title, content, languages);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, isTarget: () => boolean, limit = 80) {
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(isTarget)) return;
  }
  throw new Error("the keyboard never reached the element");
}

test("a volunteer translates the sample article with the keyboard alone and submits it", async ({ page }) => {
  test.setTimeout(120_000);
  const title = `Sample for the keyboard ${Date.now()}`;
  await newArticleAsEditor(page, title, SAMPLE_ARTICLE, ["Spanish"]);
  await signInAsDemo(page, "volunteer");
  await claimFromCatalogue(page, title, "Spanish");

  const boxes = page.locator(".segment-target textarea[id^='translation-']");
  const count = await boxes.count();
  expect(count).toBe(23);
  await tabTo(page, () => document.activeElement?.id.startsWith("translation-") ?? false);
  for (let segment = 0; segment < count; segment++) {
    await expect(boxes.nth(segment)).toBeFocused();
    await page.keyboard.press("Control+Shift+S");
    await page.keyboard.press("End");
    await page.keyboard.type(" (ES)");
    await page.keyboard.press("Control+Enter");
  }
  await expect(page.getByLabel("442 of 442 words translated")).toBeVisible();
  await expect(page.getByTestId("save-indicator")).toHaveText("All changes saved");
  await expect(page.getByText("Every segment is confirmed.")).toBeVisible();

  await tabTo(page, () => document.activeElement?.textContent === "Submit for review");
  await page.keyboard.press("Enter");
  await expect(page.getByText("This translation is no longer open for changes: you can read it.")).toBeVisible();
  await expect(page.locator(".segment-target textarea[id^='translation-']")).toHaveCount(0);
  await expect(page.getByText("Spanish translation of an article in English · In review.")).toBeVisible();
  await expect(page.locator(".segment-readonly").first()).toContainText("(ES)");
});

test("a segment edited in two tabs shows the conflict with both texts, and nothing is overwritten", async ({
  browser,
}) => {
  const title = `Reef conflict ${Date.now()}`;
  const first = await (await browser.newContext()).newPage();
  await newArticleAsEditor(first, title, SHORT_ARTICLE, ["Spanish"]);
  await signInAsDemo(first, "volunteer");
  const url = await claimFromCatalogue(first, title, "Spanish");

  const second = await (await browser.newContext()).newPage();
  await signInAsDemo(second, "volunteer");
  await second.goto(url);
  await expect(second.locator(".job-editor[data-ready='true']")).toBeVisible();

  await first.getByLabel("Translation of segment 1", { exact: true }).fill("Vigilancia de arrecifes");
  await expect(first.getByTestId("save-indicator")).toHaveText("All changes saved");

  await second.getByLabel("Translation of segment 1", { exact: true }).fill("Observación de arrecifes");
  const conflict = second.getByRole("alert").filter({ hasText: "This segment was changed somewhere else." });
  await expect(conflict).toContainText("Vigilancia de arrecifes");
  await expect(conflict).toContainText("Observación de arrecifes");
  await expect(conflict).toContainText("Christopher Clarke saved another text");

  await conflict.getByRole("button", { name: "Keep my text" }).click();
  await expect(second.getByTestId("save-indicator")).toHaveText("All changes saved");
  await first.reload();
  await expect(first.getByLabel("Translation of segment 1", { exact: true })).toHaveValue("Observación de arrecifes");

  const axe = await new AxeBuilder({ page: first }).analyze();
  expect(axe.violations).toEqual([]);
  await first.context().close();
  await second.context().close();
});

test("a translation into Arabic is written right to left beside its English source", async ({ page }) => {
  const title = `Reef Arabic ${Date.now()}`;
  await newArticleAsEditor(page, title, SHORT_ARTICLE, ["Arabic"]);
  const email = `layla-${Date.now()}@example.org`;
  await page.goto("/en/sign-up");
  await page.getByLabel("Your name").fill("Layla Haddad");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough password");
  await page.getByLabel("Repeat the password").fill("a long enough password");
  await page.getByRole("checkbox", { name: "Arabic" }).check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);

  await claimFromCatalogue(page, title, "Arabic");
  const box = page.getByLabel("Translation of segment 2", { exact: true });
  await expect(box).toHaveAttribute("dir", "rtl");
  await expect(box).toHaveAttribute("lang", "ar");
  expect(await box.evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  const source = page.locator(".segment-source").nth(1);
  await expect(source).toHaveAttribute("dir", "ltr");
  await box.fill("أحصى الغواصون الأسماك في فيجي.");
  await expect(page.getByTestId("save-indicator")).toHaveText("All changes saved");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test("text typed while the server is down is kept, and saved once it is back", async ({ browser }) => {
  test.setTimeout(120_000);
  const server = ownServer(3101);
  await server.start();
  const context = await browser.newContext({ baseURL: server.url });
  const page = await context.newPage();
  try {
    await signIn(page, "volunteer@example.org", E2E_DEMO_PASSWORD);
    await claimFromCatalogue(page, "UN Volunteers enabling gender equality", "Spanish");
    await page.getByLabel("Translation of segment 1", { exact: true }).fill("Voluntarios de la ONU");
    await expect(page.getByTestId("save-indicator")).toHaveText("All changes saved");

    await server.stop();
    await page.getByLabel("Translation of segment 2", { exact: true }).fill("Escrito sin conexión");
    await expect(page.getByTestId("save-indicator")).toHaveText(/^Offline: 1 change kept in this browser/);

    await server.start();
    await page.reload();
    await expect(page.getByLabel("Translation of segment 2", { exact: true })).toHaveValue("Escrito sin conexión");
    await expect(page.getByTestId("save-indicator")).toHaveText("All changes saved");

    // What the server holds, with nothing left in the browser.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.getByLabel("Translation of segment 1", { exact: true })).toHaveValue("Voluntarios de la ONU");
    await expect(page.getByLabel("Translation of segment 2", { exact: true })).toHaveValue("Escrito sin conexión");
  } finally {
    await context.close();
    await server.dispose();
  }
});
