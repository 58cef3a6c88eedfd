import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { signInAsDemo } from "./support/auth";

// Each test brings its own articles, opened for languages no other spec uses (Indonesian, Swahili,
// Ukrainian), and its own newly signed-up volunteers: the seeded sample article's jobs stay open.

const PASSWORD = "a long enough password";

type NewArticle = {
  title: string;
  text: string;
  /** As the import form lists it ("Spanish"); English when not given. */
  sourceLanguage?: string;
  region?: string;
  /** The goal's checkbox label, such as "SDG 7: Affordable and clean energy". */
  sdg?: string;
  /** The languages to open it for, as the form lists them. */
  languages: string[];
};

/** The signed-in editor imports an article through the form and opens it for translation. */
async function importAndOpen(page: Page, article: NewArticle) {
  await page.goto("/en/manage/import");
  await page.getByLabel("Title").fill(article.title);
  if (article.sourceLanguage) {
    await page.getByLabel("Language of the article").selectOption({ label: article.sourceLanguage });
  }
  await page.getByLabel("Or paste the text").fill(article.text);
  if (article.region) await page.getByLabel("Region").fill(article.region);
  if (article.sdg) await page.getByLabel(article.sdg).check();
  await page.getByRole("button", { name: "Import and show segments" }).click();
  await expect(page).toHaveURL(/\/en\/manage\/articles\/[a-z0-9-]+$/);
  const languages = page.getByRole("group", { name: "Open for translation into" });
  for (const language of article.languages) await languages.getByLabel(language, { exact: true }).check();
  await page.getByRole("button", { name: "Open for translation" }).click();
  await expect(page.getByRole("region", { name: "Translations" }).getByRole("status")).toContainText(
    `Opened for ${article.languages.length} more language`,
  );
}

/** A new volunteer, signed up through the form in a browser context of their own. */
async function signUpVolunteer(browser: Browser, name: string, languages: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(`${name.split(" ")[0]!.toLowerCase()}-${Date.now()}@example.org`);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  for (const language of languages) await page.getByRole("checkbox", { name: language, exact: true }).check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  return { name, context, page };
}

const jobRows = (page: Page) => page.getByRole("table", { name: "Jobs" }).locator("tbody").getByRole("row");

/** A row's whole text, in order: "title … English → Swahili … Open …". */
const row = (...parts: string[]) =>
  new RegExp(parts.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s\\S]*"));

/** After a click on Claim: either the job opens, or the form says why not. */
async function claimOutcome(page: Page, jobRow: Locator): Promise<"claimed" | "refused"> {
  let outcome: "claimed" | "refused" | undefined;
  await expect
    .poll(async () => {
      if (/\/en\/jobs\/\d+$/.test(new URL(page.url()).pathname)) outcome = "claimed";
      else if (await jobRow.getByRole("alert").isVisible()) outcome = "refused";
      return outcome;
    })
    .toBeDefined();
  return outcome!;
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );

test("two volunteers claim the same job at once: one gets it, the other is told who did", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const title = "Seed banks keep rice varieties alive in Java";
  await signInAsDemo(page, "editor");
  await importAndOpen(page, {
    title,
    text: "Farmers in Java store seeds of forty rice varieties. The seed bank lends them out every season.",
    languages: ["Indonesian"],
  });

  const racers = [
    await signUpVolunteer(browser, "Dewi Lestari", ["Indonesian"]),
    await signUpVolunteer(browser, "Budi Santoso", ["Indonesian"]),
  ];
  const rows = racers.map((racer) => jobRows(racer.page).filter({ hasText: title }));
  for (const [index, racer] of racers.entries()) {
    await racer.page.goto("/en/work");
    await expect(rows[index]!).toContainText("English → Indonesian");
  }

  await Promise.all(rows.map((jobRow) => jobRow.getByRole("button", { name: "Claim" }).click()));
  const outcomes = await Promise.all(racers.map((racer, index) => claimOutcome(racer.page, rows[index]!)));
  expect([...outcomes].sort()).toEqual(["claimed", "refused"]);
  const winner = racers[outcomes.indexOf("claimed")]!;
  const loser = racers[outcomes.indexOf("refused")]!;
  const loserRow = rows[outcomes.indexOf("refused")]!;

  await expect(loserRow.getByRole("alert")).toContainText(`Sorry, ${winner.name} has just claimed this job.`);
  expect(await axeViolations(loser.page)).toEqual([]);
  const jobPath = new URL(winner.page.url()).pathname;

  // Afterwards the job is the winner's, listed first, and no longer offered to the other volunteer.
  await loser.page.reload();
  await expect(loser.page.getByText(title)).toHaveCount(0);
  await winner.page.goto("/en/work");
  await expect(jobRows(winner.page).first()).toContainText(title);
  await expect(jobRows(winner.page).first().getByRole("link", { name: "Continue translating" })).toHaveAttribute(
    "href",
    jobPath,
  );
  await Promise.all(racers.map((racer) => racer.context.close()));
});

test("filters and search narrow the catalogue; the volunteer's claimed job comes first with its due time", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const kiosks = "Solar kiosks light up rural markets";
  const taxis = "Taxis acuáticos llegan a las clínicas de las islas";
  await signInAsDemo(page, "editor");
  await importAndOpen(page, {
    title: kiosks,
    text: [
      "Traders in Kisumu now charge phones and lamps at solar kiosks run by women's cooperatives.",
      "Each kiosk serves about two hundred families.",
      "",
      "Volunteers trained forty technicians to repair the panels. The cooperatives plan ten more kiosks next year.",
    ].join("\n"),
    region: "East Africa",
    sdg: "SDG 7: Affordable and clean energy",
    languages: ["Swahili", "Ukrainian"],
  });
  await importAndOpen(page, {
    title: taxis,
    text: "Los taxis acuáticos llevan médicos a las islas.",
    sourceLanguage: "Spanish",
    region: "South America",
    sdg: "SDG 3: Good health and well-being",
    languages: ["Swahili"],
  });

  const { page: volunteer, context } = await signUpVolunteer(browser, "Mariam Njeri", ["Swahili", "Ukrainian"]);
  await volunteer.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Translate" }).click();
  await expect(volunteer).toHaveURL(/\/en\/work$/);
  const rows = jobRows(volunteer);
  await expect(rows).toHaveCount(3);
  await expect(volunteer.getByText("3 jobs")).toBeVisible();
  // Newest first; the title is marked up in its own language.
  await expect(rows.first()).toContainText(row(taxis, "South America", "SDG 3: Good health", "Spanish → Swahili"));
  await expect(rows.first().getByText(taxis)).toHaveAttribute("lang", "es");

  // Claim the Ukrainian job for 5 days: it opens in the editor, and heads the catalogue afterwards.
  const ukrainian = rows.filter({ hasText: "English → Ukrainian" });
  await ukrainian.getByLabel("Days to finish").fill("5");
  await ukrainian.getByRole("button", { name: "Claim" }).click();
  await expect(volunteer).toHaveURL(/\/en\/jobs\/\d+$/);
  const jobPath = new URL(volunteer.url()).pathname;
  const claimedAt = Date.now();

  await volunteer.goto("/en/work");
  await expect(rows).toHaveCount(3);
  const mine = rows.first();
  await expect(mine).toContainText(row(kiosks, "English → Ukrainian", "In progress", "Yours", "Due in 5 days"));
  await expect(mine.getByRole("link", { name: "Continue translating" })).toHaveAttribute("href", jobPath);
  const due = Date.parse((await mine.locator("time").getAttribute("datetime")) ?? "");
  expect(Math.abs(due - (claimedAt + 5 * 24 * 60 * 60 * 1000))).toBeLessThan(5 * 60 * 1000);
  await expect(rows.nth(1)).toContainText(taxis);
  expect(await axeViolations(volunteer)).toEqual([]);

  // A word of the title; it narrows the claimed job too.
  const filters = volunteer.getByRole("search", { name: "Filter jobs" });
  await filters.getByLabel("Search titles").fill("kiosks");
  await filters.getByRole("button", { name: "Show jobs" }).click();
  await expect(volunteer).toHaveURL(/[?&]q=kiosks/);
  await expect(rows).toHaveCount(2);
  await expect(rows).toContainText([row(kiosks, "English → Ukrainian"), row(kiosks, "English → Swahili")]);
  await expect(filters.getByLabel("Search titles")).toHaveValue("kiosks");

  await filters.getByRole("link", { name: "Clear filters" }).click();
  await expect(rows).toHaveCount(3);
  await filters.getByLabel("Translate into").selectOption({ label: "Swahili" });
  await filters.getByRole("button", { name: "Show jobs" }).click();
  await expect(rows).toHaveCount(2);
  await expect(rows).toContainText([row(taxis, "Spanish → Swahili"), row(kiosks, "English → Swahili")]);

  await filters.getByLabel("Original language").selectOption({ label: "Spanish" });
  await filters.getByRole("button", { name: "Show jobs" }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText([taxis]);

  await filters.getByLabel("Search titles").fill("no such words anywhere");
  await filters.getByRole("button", { name: "Show jobs" }).click();
  await expect(rows).toHaveCount(0);
  await expect(volunteer.getByText("No job matches these filters.")).toBeVisible();

  await volunteer.goto("/en/work?region=East+Africa");
  await expect(rows).toHaveCount(2);
  await expect(filters.getByLabel("Region")).toHaveValue("East Africa");
  await volunteer.goto("/en/work?sdg=3");
  await expect(rows).toContainText([taxis]);
  await expect(rows).toHaveCount(1);

  // Sorted by title, after the claimed job: "Solar…" before "Taxis…" (newest first had them the other way).
  await volunteer.goto("/en/work");
  await filters.getByLabel("Sort by").selectOption({ label: "Title" });
  await filters.getByRole("button", { name: "Show jobs" }).click();
  await expect(volunteer).toHaveURL(/[?&]sort=title/);
  await expect(rows).toContainText([row(kiosks, "Ukrainian"), row(kiosks, "Swahili"), taxis]);

  // A query string nobody's form would send is ignored, never an error.
  const response = await volunteer.goto("/en/work?sort=loudest&sdg=99&target=fr&source=xx&region=Mars&q=");
  expect(response?.status()).toBe(200);
  await expect(rows).toHaveCount(3);
  await expect(filters.getByLabel("Sort by")).toHaveValue("newest");
  await context.close();
});

test("axe finds no violations on the catalogue, in English and in Spanish", async ({ page }) => {
  await signInAsDemo(page, "volunteer");
  for (const lng of ["en", "es"]) {
    await page.goto(`/${lng}/work`);
    await expect(page.getByRole("table", { name: lng === "es" ? "Trabajos" : "Jobs" })).toBeVisible();
    await expect(page.getByRole("button", { name: lng === "es" ? "Tomar" : "Claim" }).first()).toBeVisible();
    expect(await axeViolations(page), lng).toEqual([]);
  }
  // An editor who translates nothing gets the empty state, which says how to get languages.
  await page.context().clearCookies();
  await signInAsDemo(page, "editor");
  await page.goto("/es/work");
  await expect(page.getByText("Todavía no traduces a ningún idioma")).toBeVisible();
  await expect(page.getByText("pide a un administrador")).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
