import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemo } from "./support/auth";

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
    (v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );

// French and Arabic: the pages a visitor and a volunteer meet first, in the language's direction,
// with no string left in English and nothing axe objects to.
const LANGUAGES = [
  { lng: "fr", dir: "ltr" },
  { lng: "ar", dir: "rtl" },
] as const;

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
