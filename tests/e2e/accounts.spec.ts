import { expect, test } from "@playwright/test";
import { demoEmail, signIn } from "./support/auth";

const PASSWORD = "a long enough password";

test("a volunteer signs up, signs out and signs in again", async ({ page }) => {
  const email = `ana-${Date.now()}@example.org`;
  await page.goto("/en/sign-up");
  await page.getByLabel("Your name").fill("Ana Torres");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("checkbox", { name: "Spanish" }).check();
  await page.getByRole("checkbox", { name: "French" }).check();
  await page.getByRole("button", { name: "Create my account" }).click();

  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Ana Torres");
  await expect(page.getByText("You translate into: Spanish and French.")).toBeVisible();
  // The sample article is open in both of her languages.
  const openWork = page.getByRole("table", { name: "Open work in your languages" });
  await expect(openWork.getByRole("row")).toHaveCount(3);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await page.goto("/en/dashboard");
  await expect(page).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Fdashboard$/);

  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hello, Ana Torres");
});

test("a wrong password and an unknown e-mail get the same message, in Spanish when the UI is Spanish", async ({
  page,
}) => {
  await page.goto("/es/sign-in");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const message = "El correo electrónico o la contraseña no son correctos.";

  await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
  await expect(page.getByLabel("Correo electrónico")).toHaveAccessibleDescription("Este campo es obligatorio.");
  await expect(page.getByLabel("Contraseña")).toHaveAccessibleDescription("Este campo es obligatorio.");

  await page.getByLabel("Correo electrónico").fill(demoEmail("volunteer"));
  await page.getByLabel("Contraseña").fill("not the right password");
  await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  await expect(page).toHaveURL(/\/es\/sign-in$/);

  await page.getByLabel("Correo electrónico").fill("nobody-here@example.org");
  await page.getByRole("button", { name: "Iniciar sesión", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(message);
  await expect(page.getByLabel("Correo electrónico")).toHaveValue("nobody-here@example.org");
});

test("bad sign-up input gets a clear localized error per field and creates nothing", async ({ page }) => {
  await page.goto("/en/sign-up");
  const submit = page.getByRole("button", { name: "Create my account" });
  const name = page.getByLabel("Your name");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password", { exact: true });
  const confirm = page.getByLabel("Repeat the password");

  await submit.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Please correct the fields marked below.");
  // Each error is announced with its field (aria-describedby), not only shown near it.
  await expect(name).toHaveAccessibleDescription(/This field is required\./);
  await expect(email).toHaveAccessibleDescription(/This field is required\./);
  await expect(password).toHaveAccessibleDescription(/Use at least 10 characters\./);
  await expect(confirm).toHaveAccessibleDescription(/This field is required\./);
  await expect(page.getByRole("group", { name: "Languages I translate into" })).toHaveAccessibleDescription(
    /Choose at least one\./,
  );
  await expect(name).toBeFocused();

  const newEmail = `never-${Date.now()}@example.org`;
  await name.fill("n".repeat(100 * 1024));
  await email.fill("not-an-email");
  await password.fill(PASSWORD);
  await confirm.fill("something else entirely");
  await page.getByRole("checkbox", { name: "Spanish" }).check();
  await submit.click();
  await expect(name).toHaveAccessibleDescription(/Use at most 100 characters\./);
  await expect(email).toHaveAccessibleDescription(/Enter an email address such as name@example\.org\./);
  await expect(confirm).toHaveAccessibleDescription(/The two passwords are not the same\./);

  await name.fill("Someone New");
  await email.fill(demoEmail("volunteer"));
  await confirm.fill(PASSWORD);
  await submit.click();
  await expect(email).toHaveAccessibleDescription(/An account with this email already exists\./);
  // What the user typed is still there.
  await expect(name).toHaveValue("Someone New");

  // None of those attempts created an account.
  await email.fill(newEmail);
  await name.fill("x".repeat(101));
  await submit.click();
  await expect(name).toHaveAccessibleDescription(/Use at most 100 characters\./);
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(newEmail);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or the password is not correct.");

  await page.goto("/es/sign-up");
  await page.getByRole("button", { name: "Crear mi cuenta" }).click();
  await expect(page.getByLabel("Tu nombre")).toHaveAccessibleDescription(/Este campo es obligatorio\./);
  await expect(page.getByLabel("Contraseña", { exact: true })).toHaveAccessibleDescription(
    /Usa al menos 10 caracteres\./,
  );
});
