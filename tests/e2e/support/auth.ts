import { expect, type Page } from "@playwright/test";
import type { Role } from "@/db/enums";
import { E2E_DEMO_PASSWORD } from "./constants";

export const demoEmail = (role: Role) => `${role}@example.org`;

/** Signs in through the real form, as a person would, and waits for the dashboard. */
export async function signIn(page: Page, email: string, password: string, lng = "en") {
  await page.goto(`/${lng}/sign-in`);
  await page.getByLabel(lng === "es" ? "Correo electrónico" : "Email").fill(email);
  await page.getByLabel(lng === "es" ? "Contraseña" : "Password").fill(password);
  await page.getByRole("button", { name: lng === "es" ? "Iniciar sesión" : "Sign in", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/${lng}/dashboard$`));
}

export async function signInAsDemo(page: Page, role: Role) {
  await signIn(page, demoEmail(role), E2E_DEMO_PASSWORD);
}
