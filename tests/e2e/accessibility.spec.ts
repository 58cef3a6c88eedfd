import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

for (const lng of ["en", "es"]) {
  for (const path of ["", "/sign-in", "/sign-up"]) {
    test(`axe finds no violations on /${lng}${path}`, async ({ page }) => {
      await page.goto(`/${lng}${path}`);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
}

test("axe finds no violations on a sign-up form showing errors", async ({ page }) => {
  await page.goto("/en/sign-up");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
