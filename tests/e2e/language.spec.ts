import { expect, test } from "@playwright/test";

test.use({ locale: "es-ES" });

test("the UI language comes from Accept-Language, is switchable on every page and remembered", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/es$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Traduce las noticias que cambian vidas");

  await page.getByRole("link", { name: "Iniciar sesión" }).first().click();
  await expect(page).toHaveURL(/\/es\/sign-in$/);
  await page.getByRole("navigation", { name: "Idioma de la interfaz" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/sign-in$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  // The choice outlives Accept-Language: the next visit to a path without a language stays English.
  await page.goto("/sign-up");
  await expect(page).toHaveURL(/\/en\/sign-up$/);
});

test("the landing page lists the articles that need translators", async ({ page }) => {
  await page.goto("/es");
  const needed = page.getByRole("region", { name: "Artículos que buscan traductores" });
  await expect(needed).toContainText("UN Volunteers enabling gender equality");
  await expect(needed).toContainText("Se necesita en: español y francés");
});

test("an unknown page answers 404 in the reader's language", async ({ page }) => {
  const response = await page.goto("/es/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Página no encontrada" })).toBeVisible();
});
