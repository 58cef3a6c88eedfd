import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAsDemo } from "./support/auth";
import { claimFromCatalogue, createArticle } from "./support/articles";

// Stored XSS: what one user types is shown to others on many pages. Every payload below would run
// if any page put user text into HTML unsanitized; each one would call alert() (a dialog) or set a
// mark on window. Every page that shows them is visited and must show them as text, nothing more.
const MARK = "__tandemXss";
const PAYLOADS = {
  script: `<script>alert(1);window.${MARK}=1</script>`,
  img: `<img src=x onerror="alert(2);window.${MARK}=1">`,
  svg: `<svg onload="alert(3)"><script>window.${MARK}=1</script></svg>`,
  math: `<math><mtext><table><mglyph><style><img src=x onerror="window.${MARK}=1">`,
  iframe: `<iframe srcdoc="<script>parent.${MARK}=1</script>"></iframe>`,
};
const NAME = `Eve <img src=x onerror="alert(4)"> Mallory`;

// Inline HTML and links inside Markdown, a raw HTML block, and an HTML-looking heading.
const ARTICLE = [
  `# Flood relief ${PAYLOADS.img} in Beira`,
  "",
  `Volunteers ${PAYLOADS.script} packed boxes. Read the [report](javascript:alert(5)) or ` +
    `the [other one](JaVaScRiPt:alert(6)) and ![chart](javascript:alert(7)).`,
  "",
  `<div onmouseover="alert(8)">${PAYLOADS.svg} ${PAYLOADS.math}</div>`,
  "",
  `Teams used ${PAYLOADS.iframe} radios <a href="javascript:alert(9)">here</a>.`,
  "",
].join("\n");

const dialogs: string[] = [];

async function newPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

/** Nothing ran and nothing active was injected into the page. */
async function expectInert(page: Page, where: string) {
  const report = await page.evaluate((mark) => {
    const active = [
      "img[onerror]",
      "[onload]",
      "[onmouseover]",
      "svg script",
      "math",
      "iframe",
      "object",
      "embed",
      "a[href^='javascript:' i]",
      "img[src^='javascript:' i]",
    ];
    return {
      ran: (window as unknown as Record<string, unknown>)[mark] === 1,
      injected: active.filter((selector) => document.querySelector(selector) !== null),
      // The app's own scripts carry the page's CSP nonce (and may hold user text as JSON data);
      // a script element that came from user text would have none.
      scripts: [...document.scripts].filter((script) => !script.nonce && script.textContent?.includes(mark)).length,
    };
  }, MARK);
  expect(report, where).toEqual({ ran: false, injected: [], scripts: 0 });
}

test("stored XSS in article source, translations, comments, names and languages runs nowhere", async ({ browser }) => {
  test.setTimeout(120_000);
  const title = `Flood relief ${Date.now()}`;

  // A volunteer whose name is a payload.
  const eve = await newPage(browser);
  const email = `eve-${Date.now()}@example.org`;
  await eve.goto("/en/sign-up");
  await eve.getByLabel("Your name").fill(NAME);
  await eve.getByLabel("Email").fill(email);
  await eve.getByLabel("Password", { exact: true }).fill("a long enough password");
  await eve.getByLabel("Repeat the password").fill("a long enough password");
  await eve.getByRole("checkbox", { name: "Spanish" }).check();
  await eve.getByRole("button", { name: "Create my account" }).click();
  await expect(eve).toHaveURL(/\/en\/dashboard$/);
  await expect(eve.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${NAME}`);
  await expectInert(eve, "dashboard");

  // Languages are codes the pages name themselves; a code in the address that is not one is
  // ignored or refused, never written into the page as markup.
  const asLanguage = encodeURIComponent(PAYLOADS.img);
  await eve.goto(`/en/work?target=${asLanguage}&source=${asLanguage}&q=${asLanguage}`);
  await expectInert(eve, "the catalogue filtered by a payload language");
  const response = await eve.goto(`/${asLanguage}/dashboard`);
  expect(response?.status()).toBe(404);
  await expectInert(eve, "a payload as the interface language");

  // An editor imports an article full of payloads and opens it for Spanish.
  const editor = await newPage(browser);
  await signInAsDemo(editor, "editor");
  await createArticle(editor, title, ARTICLE, ["Spanish"]);
  const articleUrl = editor.url();
  await expectInert(editor, "the article's page with its source");
  await expect(editor.getByText("packed boxes").first()).toBeVisible();

  // Eve claims it, translates with payloads and comments with one.
  const jobUrl = await claimFromCatalogue(eve, title, "Spanish");
  await expectInert(eve, "the editor");
  const boxes = eve.locator(".segment-target textarea[id^='translation-']");
  await boxes.nth(0).fill(`Socorro ${PAYLOADS.img} en Beira`);
  await boxes.nth(0).press("Control+Enter");
  await boxes.nth(1).fill(`Voluntarios ${PAYLOADS.script} ${PAYLOADS.svg}`);
  await expect(eve.getByTestId("save-indicator")).toHaveText("All changes saved");
  const firstRow = eve.locator("li.segment-row").first();
  await firstRow.getByText("Comments (0)").click();
  await firstRow.getByLabel("Your comment").fill(`Check ${PAYLOADS.iframe} ${PAYLOADS.math} [x](javascript:alert(10))`);
  await firstRow.getByRole("button", { name: "Add comment" }).click();
  await expect(firstRow.getByText("Comments (1)")).toBeVisible();
  await eve.reload();
  await expect(eve.locator(".job-editor[data-ready='true']")).toBeVisible();
  await eve.locator("li.segment-row").first().getByText("Comments (1)").click();
  await expect(eve.locator("li.segment-row").first()).toContainText("Check <iframe");
  await expectInert(eve, "the editor after a reload, with the comment open");

  // The reviewer of Spanish reads the job, its comments and Eve's name.
  const reviewer = await newPage(browser);
  await signInAsDemo(reviewer, "reviewer");
  await reviewer.goto(jobUrl);
  await expect(reviewer.getByText(NAME).first()).toBeVisible();
  await reviewer.locator("li.segment-row").first().getByText("Comments (1)").click();
  await expect(reviewer.locator("li.segment-row").first()).toContainText("Check <iframe");
  await expectInert(reviewer, "the job as a reviewer sees it");

  // The editor's pages once work has started; the admin sees everyone, with the audit log.
  await editor.goto(articleUrl);
  await expectInert(editor, "the article's page with work started");
  await editor.goto("/en/manage");
  await expectInert(editor, "the articles list");
  await editor.goto(`/en/manage/glossary?source=${asLanguage}&target=${asLanguage}&q=${asLanguage}`);
  await expectInert(editor, "the glossary of a payload language pair");
  const admin = await newPage(browser);
  await signInAsDemo(admin, "admin");
  await admin.goto(`/en/admin?q=${encodeURIComponent("Mallory")}`);
  await expect(admin.getByText(NAME).first()).toBeVisible();
  await expectInert(admin, "the people list");
  await admin.goto(`/en/admin/audit?action=${asLanguage}`);
  await expectInert(admin, "the audit log");

  expect(dialogs, "no payload opened a dialog").toEqual([]);
});
