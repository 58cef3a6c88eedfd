// The aids beside every segment: translation memory, glossary and quality checks.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { claimFromCatalogue, createArticle } from "./support/articles";
import { signInAsDemo } from "./support/auth";

async function personIn(browser: Browser, role: "volunteer" | "editor"): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsDemo(page, role);
  return page;
}

const box = (page: Page, number: number) => page.getByLabel(`Translation of segment ${number}`, { exact: true });
const aids = (page: Page) => page.getByRole("region", { name: "Translation aids" });

test("a sentence confirmed in one article is a 100% match in another, inserted with Ctrl+1", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const shared = "Volunteers planted three hundred mangrove seedlings along the coast.";
  const editor = await personIn(browser, "editor");
  await createArticle(editor, `Coast one ${stamp}`, `# Coast one\n\n${shared}\n`, ["Spanish"]);
  await createArticle(editor, `Coast two ${stamp}`, `# Coast two\n\nThe mayor came.\n\n${shared}\n`, ["Spanish"]);

  const volunteer = await personIn(browser, "volunteer");
  await claimFromCatalogue(volunteer, `Coast one ${stamp}`, "Spanish");
  await box(volunteer, 2).fill("Voluntarios plantaron trescientas plántulas de manglar en la costa.");
  await box(volunteer, 2).press("Control+Enter");
  await expect(volunteer.getByTestId("save-indicator")).toHaveText("All changes saved");

  await claimFromCatalogue(volunteer, `Coast two ${stamp}`, "Spanish");
  await box(volunteer, 3).focus();
  const memory = aids(volunteer).getByRole("region", { name: "Translation memory" });
  await expect(memory).toContainText("100%");
  await expect(memory).toContainText("Not reviewed yet");
  await expect(memory).toContainText("Voluntarios plantaron trescientas plántulas de manglar en la costa.");
  await expect(memory).toContainText(`Coast one ${stamp}`);
  await volunteer.keyboard.press("Control+1");
  await expect(box(volunteer, 3)).toHaveValue("Voluntarios plantaron trescientas plántulas de manglar en la costa.");
});

test("a glossary term is underlined in the source with its translation, and inserted by click", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Mangrove glossary ${Date.now()}`;
  const editor = await personIn(browser, "editor");
  await editor.goto("/en/manage/glossary?source=en&target=es");
  await editor.getByLabel("Term", { exact: true }).fill("mangrove forest");
  await editor.getByLabel("Translation", { exact: true }).fill("manglar");
  await editor.getByRole("button", { name: "Add the term" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "mangrove forest" })).toBeVisible();
  await createArticle(editor, title, `# ${title}\n\nThe mangrove forests of Fiji protect the coast.\n`, ["Spanish"]);

  const volunteer = await personIn(browser, "volunteer");
  await claimFromCatalogue(volunteer, title, "Spanish");
  const term = volunteer.locator(".segment-source mark.glossary-term");
  await expect(term).toHaveText("mangrove forests");
  await expect(term).toHaveAttribute("title", "manglar");
  await box(volunteer, 2).fill("Los ");
  await aids(volunteer)
    .getByRole("region", { name: "Glossary" })
    .getByRole("button", { name: "Insert manglar" })
    .click();
  await expect(box(volunteer, 2)).toHaveValue("Los manglar");
});

test("a missing tag blocks confirmation with a message naming the tag", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Reef report ${Date.now()}`;
  const editor = await personIn(browser, "editor");
  await createArticle(editor, title, `# ${title}\n\nRead the [report](https://example.org/r) online.\n`, ["Spanish"]);

  const volunteer = await personIn(browser, "volunteer");
  await claimFromCatalogue(volunteer, title, "Spanish");
  await box(volunteer, 2).fill("Lee el informe en línea.");
  await box(volunteer, 2).press("Control+Enter");
  await expect(volunteer.getByRole("alert").filter({ hasText: "Segment 2 was not confirmed" })).toContainText(
    "Tag 1 is in the source but not in the translation",
  );
  await expect(box(volunteer, 2)).toHaveAttribute("aria-invalid", "true");
  await expect(volunteer.locator("li.segment-row").nth(1).locator(".segment-status")).toHaveText("Draft");

  // With the tag put back, the same segment is confirmed.
  await box(volunteer, 2).fill("Lee el <1>informe</1> en línea.");
  await box(volunteer, 2).press("Control+Enter");
  await expect(volunteer.locator("li.segment-row").nth(1).locator(".segment-status")).toHaveText("Translated");
});
