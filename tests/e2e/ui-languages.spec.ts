import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { claimFromCatalogue, createArticle } from "./support/articles";
import { signInAsDemo } from "./support/auth";

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
    (v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );

// French: the pages a visitor and a volunteer meet first, with no string left in English and
// nothing axe objects to. Arabic is checked on every page by every-page.spec.ts.
const LANGUAGES = [{ lng: "fr", dir: "ltr" }] as const;

for (const { lng, dir } of LANGUAGES) {
  test(`the interface speaks ${lng} (${dir}) on the public pages and a volunteer's pages`, async ({ page }) => {
    test.setTimeout(60_000);
    for (const path of ["", "/sign-in", "/sign-up"]) {
      await page.goto(`/${lng}${path}`);
      await expect(page.locator("html")).toHaveAttribute("lang", lng);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      expect(await violations(page)).toEqual([]);
    }
    await signInAsDemo(page, "volunteer");
    for (const path of ["/dashboard", "/work", "/settings"]) {
      await page.goto(`/${lng}${path}`);
      await expect(page.locator("html")).toHaveAttribute("dir", dir);
      // The navigation is in the page's language: none of the English menu is left.
      const menu = page.getByRole("navigation").first();
      await expect(menu).not.toContainText("Dashboard");
      expect(await violations(page)).toEqual([]);
    }
  });
}

test("a French reader is sent to the French pages, and can switch to Arabic", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await page.goto("/fr/sign-in");
  await expect(page.getByRole("button", { name: "Se connecter", exact: true })).toBeVisible();
  await page.getByRole("navigation").getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/sign-in$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the editor and the dashboard in Arabic read right to left (screenshots in the report)", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const title = `Arabic editor ${Date.now()}`;
  const editor = await (await browser.newContext()).newPage();
  await signInAsDemo(editor, "editor");
  await createArticle(
    editor,
    title,
    "# Reef watch\n\nDivers counted fish in Fiji. The [report](https://example.org) is out.\n",
    ["Arabic"],
  );

  const volunteer = await (await browser.newContext()).newPage();
  const email = `samira-${Date.now()}@example.org`;
  await volunteer.goto("/en/sign-up");
  await volunteer.getByLabel("Your name").fill("Samira Haddad");
  await volunteer.getByLabel("Email").fill(email);
  await volunteer.getByLabel("Password", { exact: true }).fill("a long enough password");
  await volunteer.getByLabel("Repeat the password").fill("a long enough password");
  await volunteer.getByRole("checkbox", { name: "Arabic" }).check();
  await volunteer.getByRole("button", { name: "Create my account" }).click();
  await expect(volunteer).toHaveURL(/\/en\/dashboard$/);
  const jobUrl = await claimFromCatalogue(volunteer, title, "Arabic");

  await volunteer.goto(jobUrl.replace("/en/", "/ar/"));
  await expect(volunteer.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(volunteer.locator(".job-editor[data-ready='true']")).toBeVisible();
  const box = volunteer.locator(".segment-target textarea[id^='translation-']").first();
  await expect(box).toHaveAttribute("dir", "rtl");
  await box.fill("مراقبة الشعاب المرجانية");
  await box.press("Control+Enter");
  expect(await violations(volunteer)).toEqual([]);
  await testInfo.attach("editor-ar", {
    body: await volunteer.screenshot({ fullPage: true }),
    contentType: "image/png",
  });

  await volunteer.goto("/ar/dashboard");
  await expect(volunteer.getByRole("heading", { level: 1 })).toContainText("Samira Haddad");
  expect(await violations(volunteer)).toEqual([]);
  await testInfo.attach("dashboard-ar", {
    body: await volunteer.screenshot({ fullPage: true }),
    contentType: "image/png",
  });
});
