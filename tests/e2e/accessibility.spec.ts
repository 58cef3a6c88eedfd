import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { claimFromCatalogue, createArticle } from "./support/articles";
import { signInAsDemo } from "./support/auth";

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

// The work pages of review, glossary and the editor's side panel, in both interface languages.
for (const lng of ["en", "es"]) {
  test(`axe finds no violations on the review queue, the glossary and the editor with its aids (/${lng})`, async ({
    browser,
  }) => {
    test.setTimeout(60_000);
    const violations = async (page: Page) =>
      (await new AxeBuilder({ page }).analyze()).violations.map(
        (v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );

    const reviewer = await (await browser.newContext()).newPage();
    await signInAsDemo(reviewer, "reviewer");
    await reviewer.goto(`/${lng}/review`);
    expect(await violations(reviewer)).toEqual([]);

    const editor = await (await browser.newContext()).newPage();
    await signInAsDemo(editor, "editor");
    await editor.goto(`/${lng}/manage/glossary?source=en&target=es`);
    expect(await violations(editor)).toEqual([]);
    const title = `Aids in ${lng} ${Date.now()}`;
    await createArticle(editor, title, `# ${title}\n\nRead the [report](https://example.org/r) online.\n`, ["Spanish"]);

    const volunteer = await (await browser.newContext()).newPage();
    await signInAsDemo(volunteer, "volunteer");
    const jobUrl = await claimFromCatalogue(volunteer, title, "Spanish");
    await volunteer.goto(jobUrl.replace("/en/jobs/", `/${lng}/jobs/`));
    const box = volunteer.locator(".segment-target textarea[id^='translation-']").nth(1);
    await box.fill("Lee el informe en línea.");
    await expect(volunteer.locator("ul.segment-issues")).toBeVisible();
    expect(await violations(volunteer)).toEqual([]);
  });
}
