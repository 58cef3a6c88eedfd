// Every page Tandem has, as the person who may see it, twice: in the pseudo-locale, where any text
// not taken from locales/ shows up as plain English (support/untranslated-text.ts), and in Arabic,
// where the page must read right to left and pass axe. The state the pages need (a published
// translation, a review in progress, a job being translated, a public profile) is made first,
// through the UI, on a server of this spec's own.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { Role } from "@/db/enums";
import { claimFromCatalogue, createArticle } from "./support/articles";
import { ownServer } from "./support/own-server";
import { untranslatedText } from "./support/untranslated-text";
import { approveJob, personIn, publishFrom, submitForReview, translateEverySegment } from "./support/workflow";

const server = ownServer(3103, { TANDEM_PSEUDO_LOCALE: "1" });
const SHORT_ARTICLE =
  "# Clean water in Tonga\n\nVolunteers mapped *twelve* wells in Tonga. The [report](https://example.org/report) is online.\n";

type Visit = { as: Role | "visitor"; path: string };
const visits: Visit[] = [];
const people = new Map<Role | "visitor", Page>();

async function visitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url });
  return context.newPage();
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  await server.start();
  for (const role of ["volunteer", "reviewer", "editor", "admin"] as const) {
    people.set(role, await personIn(browser, role, server.url));
  }
  people.set("visitor", await visitor(browser));
  const editor = people.get("editor")!;
  const volunteer = people.get("volunteer")!;
  const reviewer = people.get("reviewer")!;

  await createArticle(editor, "Clean water in Tonga", SHORT_ARTICLE, ["Spanish"]);
  const publishedArticle = editor.url();
  await createArticle(editor, "Wells of Vava'u", SHORT_ARTICLE.replace("Tonga", "Vava'u"), ["Spanish", "French"]);
  const workedArticle = editor.url();

  // A translation from claim to publication.
  const published = await claimFromCatalogue(volunteer, "Clean water in Tonga", "Spanish");
  await translateEverySegment(volunteer, " (ES)");
  await submitForReview(volunteer);
  await approveJob(reviewer, published.split("/").pop()!);
  await publishFrom(editor, publishedArticle);
  // One in review, taken by the reviewer; one being translated.
  const inReview = (await claimFromCatalogue(volunteer, "Wells of Vava'u", "Spanish")).split("/").pop()!;
  await translateEverySegment(volunteer, " (ES)");
  await submitForReview(volunteer);
  await reviewer.goto(`/en/review/${inReview}`);
  await reviewer.getByRole("button", { name: "Take this review" }).click();
  const inProgress = new URL(await claimFromCatalogue(volunteer, "Wells of Vava'u", "French")).pathname
    .split("/")
    .pop()!;

  // The volunteer's public profile.
  await volunteer.goto("/en/settings");
  const choice = volunteer.locator("#public-profile");
  await choice.getByLabel("Anyone with its address (public)").check();
  await choice.getByRole("button", { name: "Save" }).click();
  const profile = await choice.getByRole("link", { name: "See your public profile" }).getAttribute("href");
  const volunteerId = profile!.split("/").pop()!;

  const slugOf = (url: string) => new URL(url).pathname.split("/").pop()!;
  visits.push(
    ...["", "/sign-in", "/sign-up", "/no-such-page"].map((path) => ({ as: "visitor" as const, path })),
    { as: "visitor", path: "/articles/un-volunteers-gender-equality-latin-america" },
    { as: "visitor", path: `/a/${slugOf(publishedArticle)}/es` },
    { as: "visitor", path: `/volunteers/${volunteerId}` },
    ...["/dashboard", "/work", `/jobs/${inProgress}`, "/notifications", "/settings"].map((path) => ({
      as: "volunteer" as const,
      path,
    })),
    ...["/dashboard", "/review", `/review/${inReview}`].map((path) => ({ as: "reviewer" as const, path })),
    ...[
      "/dashboard",
      "/manage",
      "/manage/import",
      `/manage/articles/${slugOf(workedArticle)}`,
      "/manage/glossary",
      "/manage/matrix",
      "/manage/memory",
    ].map((path) => ({ as: "editor" as const, path })),
    ...[
      "/dashboard",
      "/admin",
      `/admin/people/${volunteerId}`,
      "/admin/settings",
      "/admin/audit",
      "/admin/permissions",
      "/admin/insights",
    ].map((path) => ({ as: "admin" as const, path })),
  );
});

test.afterAll(async () => {
  await server.dispose();
});

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
  );

async function open(page: Page, lng: string, path: string) {
  await page.goto(`/${lng}${path}`);
  // The editor builds its rows in the browser: wait for them, as a reader would.
  if (path.startsWith("/jobs/")) await expect(page.locator(".job-editor[data-ready='true']")).toBeVisible();
}

for (const role of ["visitor", "volunteer", "reviewer", "editor", "admin"] as const) {
  test(`every page a ${role} sees takes all its text from locales/`, async () => {
    test.setTimeout(120_000);
    const page = people.get(role)!;
    const found: string[] = [];
    for (const visit of visits.filter((candidate) => candidate.as === role)) {
      await open(page, "qps", visit.path);
      await expect(page.locator("html")).toHaveAttribute("lang", "qps");
      found.push(...(await untranslatedText(page)).map((text) => `${visit.path}: ${text}`));
    }
    expect(found).toEqual([]);
  });

  test(`every page a ${role} sees reads right to left in Arabic and passes axe`, async () => {
    test.setTimeout(120_000);
    const page = people.get(role)!;
    const found: string[] = [];
    for (const visit of visits.filter((candidate) => candidate.as === role)) {
      await open(page, "ar", visit.path);
      await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
      await expect(page.locator("html")).toHaveAttribute("lang", "ar");
      found.push(...(await axeViolations(page)).map((violation) => `${visit.path}: ${violation}`));
    }
    expect(found).toEqual([]);
  });
}
