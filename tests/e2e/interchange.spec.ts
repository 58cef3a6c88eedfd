// Working outside Tandem: a volunteer takes a job to a CAT tool as XLIFF and brings it back, and a
// script uses the JSON API with a personal access token made in the settings.
import { readFileSync } from "node:fs";
import { expect, request, test, type Page } from "@playwright/test";
import { claimFromCatalogue, createArticle } from "./support/articles";
import { personIn } from "./support/workflow";

const ARTICLE = "# Reef watch\n\nDivers counted *fish* in Fiji. The [report](https://example.org) is out.\n";

/** Every unit's id and source (inline codes included) in a Tandem XLIFF 2.0 file. */
function units(xliff: string): { id: string; source: string }[] {
  return [...xliff.matchAll(/<unit id="(\d+)"[\s\S]*?<source>([\s\S]*?)<\/source>/g)].map((match) => ({
    id: match[1]!,
    source: match[2]!,
  }));
}

/** What a CAT tool writes back: a target after the unit's source, and the segment marked translated. */
function withTarget(xliff: string, unitId: string, target: string): string {
  return xliff.replace(
    new RegExp(`(<unit id="${unitId}"[\\s\\S]*?<segment)[^>]*>([\\s\\S]*?</source>)`),
    `$1 state="translated">$2<target>${target}</target>`,
  );
}

async function downloadXliff(page: Page): Promise<string> {
  await page.getByText("Work offline with a CAT tool (XLIFF)").click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download XLIFF 2.0" }).click();
  return readFileSync(await (await download).path(), "utf8");
}

async function upload(page: Page, xliff: string) {
  await page.getByLabel("Translated XLIFF file").setInputFiles({
    name: "reef.es.xlf",
    mimeType: "application/xliff+xml",
    buffer: Buffer.from(xliff),
  });
  await page.getByRole("button", { name: "Import the file" }).click();
}

test("a job goes to a CAT tool as XLIFF and comes back; a broken tag is refused whole", async ({ browser }) => {
  test.setTimeout(90_000);
  const title = `Reef watch ${Date.now()}`;
  const editor = await personIn(browser, "editor");
  await createArticle(editor, title, ARTICLE, ["Spanish"]);
  const volunteer = await personIn(browser, "volunteer");
  await claimFromCatalogue(volunteer, title, "Spanish");

  const exported = await downloadXliff(volunteer);
  const [heading, divers, report] = units(exported);
  expect(divers!.source).toMatch(/^Divers counted <pc id="1"[^>]*>fish<\/pc> in Fiji\.$/);
  let translated = withTarget(exported, heading!.id, "Vigilancia del arrecife");
  translated = withTarget(
    translated,
    divers!.id,
    divers!.source
      .replace("Divers counted ", "Los buzos contaron ")
      .replace(">fish<", ">peces<")
      .replace(" in Fiji.", " en Fiyi."),
  );
  // The CAT tool moved the link to the start of the sentence.
  const link = report!.source.match(/<pc id="1"[^>]*>/)![0];
  translated = withTarget(translated, report!.id, `${link}El informe</pc> ya salió.`);

  // A tag the source does not have: the whole file is refused and nothing changes.
  await upload(volunteer, translated.replace(">peces</pc>", '>peces</pc><ph id="9"/>'));
  await expect(volunteer.getByText("The file was not imported, and nothing was changed:")).toBeVisible();
  await expect(volunteer.getByText(/unit .*tag 9|tag 9.*unit/i).first()).toBeVisible();

  await upload(volunteer, translated);
  await expect(volunteer.getByRole("status").filter({ hasText: "applied" })).toHaveText(
    "3 applied, 0 unchanged, 0 refused.",
  );
  await volunteer.getByRole("button", { name: "Show the imported translations" }).click();
  await expect(volunteer.locator(".job-editor[data-ready='true']")).toBeVisible();
  await expect(volunteer.getByLabel("Translation of segment 2", { exact: true })).toHaveValue(
    "Los buzos contaron <1>peces</1> en Fiyi.",
  );
  await expect(volunteer.getByLabel("Translation of segment 3", { exact: true })).toHaveValue(
    "<1>El informe</1> ya salió.",
  );
});

test("a script reads and saves through /api/v1 with a token from the settings, until it is revoked", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const title = `Mangrove count ${Date.now()}`;
  const editor = await personIn(browser, "editor");
  await createArticle(editor, title, "# Mangroves\n\nVolunteers planted mangroves in Fiji.\n", ["Spanish"]);
  const volunteer = await personIn(browser, "volunteer");
  const jobId = Number(new URL(await claimFromCatalogue(volunteer, title, "Spanish")).pathname.split("/").pop());

  await volunteer.goto("/en/settings#api-tokens");
  await volunteer.getByLabel("Name").fill("Sync script");
  await volunteer.getByLabel("Read and write: also claim jobs, save translations and submit them").check();
  await volunteer.getByRole("button", { name: "Create token" }).click();
  const token = await volunteer.getByLabel("Your new token").inputValue();
  expect(token).toMatch(/^tdm_/);
  await volunteer.getByRole("button", { name: "I have copied it" }).click();

  const script = await request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const mine = await script.get("/api/v1/jobs?mine=true");
  expect(mine.status()).toBe(200);
  expect(JSON.stringify(await mine.json())).toContain(title);
  const { segments } = (await (await script.get(`/api/v1/jobs/${jobId}/segments`)).json()) as {
    segments: { id: number; source: string; version: number }[];
  };
  expect(segments.map((segment) => segment.source)).toEqual(["Mangroves", "Volunteers planted mangroves in Fiji."]);
  const saved = await script.put(`/api/v1/jobs/${jobId}/segments/${segments[1]!.id}`, {
    data: { text: "Los voluntarios plantaron manglares en Fiyi.", status: "translated", version: segments[1]!.version },
  });
  expect(saved.status()).toBe(200);
  // The same text, saved again on the old version, is a conflict, not an overwrite.
  const stale = await script.put(`/api/v1/jobs/${jobId}/segments/${segments[1]!.id}`, {
    data: { text: "Otra cosa", status: "translated", version: segments[1]!.version },
  });
  expect(stale.status()).toBe(409);
  await volunteer.goto(`/en/jobs/${jobId}`);
  await expect(volunteer.getByLabel("Translation of segment 2", { exact: true })).toHaveValue(
    "Los voluntarios plantaron manglares en Fiyi.",
  );
  const openapi = (await (await script.get("/api/v1/openapi.json")).json()) as { openapi: string };
  expect(openapi.openapi).toMatch(/^3\.1/);

  await volunteer.goto("/en/settings#api-tokens");
  await volunteer.getByRole("button", { name: "Revoke the token Sync script" }).click();
  await volunteer.getByRole("button", { name: "Yes, revoke it" }).click();
  await expect(volunteer.getByText("The token has been revoked.")).toBeVisible();
  const refused = await script.get("/api/v1/jobs?mine=true");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain("Bearer");
  await script.dispose();
});

test("an editor imports a TMX file (a second time adds nothing) and exports the pair it filled", async ({ browser }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const units = Array.from(
    { length: 300 },
    (_, index) =>
      `<tu><tuv xml:lang="en"><seg>Volunteers planted ${index} trees in <bpt i="1" x="1">&lt;b&gt;</bpt>Tonga ${stamp}<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>` +
      `<tuv xml:lang="fr"><seg>Des volontaires ont planté ${index} arbres aux <bpt i="1" x="1">&lt;b&gt;</bpt>Tonga ${stamp}<ept i="1">&lt;/b&gt;</ept>.</seg></tuv></tu>`,
  );
  const tmx =
    `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="e2e" creationtoolversion="1" ` +
    `segtype="sentence" o-tmf="e2e" adminlang="en" srclang="en" datatype="plaintext"/><body>${units.join("\n")}</body></tmx>`;
  const editor = await personIn(browser, "editor");
  await editor.goto("/en/manage");
  await editor.getByRole("link", { name: "Translation memory" }).click();
  await expect(editor).toHaveURL(/\/en\/manage\/memory$/);
  const importFile = async () => {
    await editor.getByLabel("TMX file", { exact: true }).setInputFiles({
      name: `trees-${stamp}.tmx`,
      mimeType: "application/x-tmx+xml",
      buffer: Buffer.from(tmx),
    });
    await editor.getByRole("button", { name: "Import", exact: true }).click();
  };
  await importFile();
  await expect(editor.getByText("The import is complete.")).toBeVisible();
  const report = editor.getByRole("region", { name: "Import report" });
  const figure = (name: string) => report.locator("dl > div").filter({ hasText: name }).locator("dd");
  await expect(figure("Translation units read")).toHaveText("300");
  await expect(figure("Units added")).toHaveText("300");

  // The same file again adds nothing.
  await importFile();
  await expect(figure("Already in the memory, skipped")).toHaveText("300");
  await expect(figure("Units added")).toHaveText("0");

  await editor.reload();
  await editor.getByLabel("Language pair", { exact: true }).selectOption("en-fr");
  const download = editor.waitForEvent("download");
  await editor.getByRole("button", { name: "Download" }).click();
  const exported = readFileSync(await (await download).path(), "utf8");
  expect(exported).toContain('<tmx version="1.4">');
  expect(exported).toContain(`Des volontaires ont planté 299 arbres aux <bpt i="1" x="1"`);
  expect(exported.match(new RegExp(`Tonga ${stamp}`, "g"))).toHaveLength(600);
});
