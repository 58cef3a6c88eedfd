import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { signInAsDemo } from "./support/auth";

const ARTICLE = [
  "# Mangroves return to Fiji's coast",
  "",
  "Volunteers from the U.N. programme met Dr. Vosa at 7 a.m. in Suva. They planted 300 seedlings with the [Mangrove Alliance](https://example.org/alliance).",
  "",
  "The mayor thanked them.",
].join("\n");

test("an editor imports an article, checks its segments, opens it for Spanish, then updates the source", async ({
  page,
}) => {
  await signInAsDemo(page, "editor");
  await page.goto("/en/manage");
  await page.getByRole("link", { name: "Import an article" }).click();
  await expect(page.getByRole("heading", { name: "Import an article" })).toBeVisible();

  // Nothing typed is lost when the form has an error.
  await page.getByLabel("Or paste the text").fill(ARTICLE);
  await page.getByRole("button", { name: "Import and show segments" }).click();
  await expect(page.getByText("This field is required.")).toBeVisible();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByLabel("Or paste the text")).toHaveValue(ARTICLE);

  await page.getByLabel("Title").fill("Mangroves return to Fiji");
  await page.getByLabel("Region").fill("Pacific");
  await page.getByLabel("SDG 14: Life below water").check();
  await page.getByRole("button", { name: "Import and show segments" }).click();
  await expect(page).toHaveURL(/\/en\/manage\/articles\/mangroves-return-to-fiji$/);

  const segments = page.getByRole("table", { name: "Segments" });
  const rows = segments.getByRole("row");
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(2)).toContainText("Volunteers from the U.N. programme met Dr. Vosa at 7 a.m. in Suva.");
  await expect(rows.nth(3)).toContainText("They planted 300 seedlings with the");
  await expect(rows.nth(3).getByRole("img", { name: "Link 1 starts" })).toBeVisible();
  await expect(rows.nth(1)).toContainText("Heading");

  await page.getByRole("group", { name: "Open for translation into" }).getByLabel("Spanish").check();
  await page.getByRole("button", { name: "Open for translation" }).click();
  await expect(page.getByRole("region", { name: "Translations" }).getByRole("status")).toContainText(
    "Opened for 1 more language.",
  );
  await expect(page.getByRole("region", { name: "Translations" })).toContainText("Spanish: Open");

  await page.getByLabel("Upload a file").setInputFiles({
    name: "mangroves.md",
    mimeType: "text/markdown",
    buffer: Buffer.from(ARTICLE.replace("300 seedlings", "350 seedlings").replace("The mayor thanked them.", "")),
  });
  await page.getByRole("button", { name: "Update the source" }).click();
  await expect(page.getByRole("region", { name: "Update the source" }).getByRole("status")).toContainText(
    "Revision 2 is now current: 2 segments unchanged, 1 changed, 0 new, 1 removed.",
  );
  const changed = segments.getByRole("row").filter({ hasText: "They planted 350 seedlings" });
  await expect(changed).toContainText("Changed");
  await expect(changed).toContainText("Before the update: They planted 300 seedlings");

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});

test("an editor sees what an HTML import left out, in Spanish", async ({ page }) => {
  await signInAsDemo(page, "editor");
  await page.goto("/es/manage/import");
  await page.getByLabel("Título").fill("Arrecifes");
  await page.getByLabel("Subir un archivo").setInputFiles({
    name: "reefs.html",
    mimeType: "text/html",
    buffer: Buffer.from(
      '<h1>Reefs</h1><p onclick="steal()">Divers counted fish.<script>alert(1)</script></p><iframe src="https://x.org"></iframe>',
    ),
  });
  await page.getByRole("button", { name: "Importar y ver segmentos" }).click();
  await expect(page).toHaveURL(/\/es\/manage\/articles\/arrecifes$/);
  const warnings = page.getByRole("region", { name: "Lo que la importación dejó fuera" });
  await expect(warnings).toContainText("Se quitó el atributo onclick de <p> (una vez).");
  await expect(warnings).toContainText("Se quitó <script> con su contenido (una vez).");
  await expect(warnings).toContainText("Se quitó <iframe> con su contenido (una vez).");
  await expect(page.getByRole("table", { name: "Segmentos" })).toContainText("Divers counted fish.");
});

test("a volunteer cannot reach the import page", async ({ page }) => {
  await signInAsDemo(page, "volunteer");
  const response = await page.goto("/en/manage/import");
  expect(response?.status()).toBe(404);
});
