import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./support/auth";

const PASSWORD = "a long enough password";

async function signUp(page: Page, email: string) {
  await page.goto("/en/sign-up");
  await page.getByLabel("Your name").fill("Guessed At");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("checkbox", { name: "Spanish" }).check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en$/);
}

async function tryPassword(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  // One attempt is one answer from the server: wait for it before the next.
  const answered = page.waitForResponse((response) => response.url().includes("/api/auth/callback/credentials"));
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await answered;
}

test("the 11th wrong password in a row is refused with the wait, and so is the right one until then", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const email = `guessed-${Date.now()}@example.org`;
  await signUp(page, email);

  await page.goto("/en/sign-in");
  const problem = page.locator("#sign-in-problem");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await tryPassword(page, email, `wrong guess number ${attempt}`);
    await expect(problem).toHaveText("The email or the password is not correct.");
  }
  await tryPassword(page, email, "wrong guess number 11");
  await expect(problem).toHaveText("Too many failed sign-ins. For your security, try again in 15 minutes.");
  await expect(page).toHaveURL(/\/en\/sign-in/);

  // The account is closed to guesses for the window: even its real password waits.
  await tryPassword(page, email, PASSWORD);
  await expect(problem).toHaveText(/^Too many failed sign-ins\. For your security, try again in 1[45] minutes\.$/);
  await expect(page).toHaveURL(/\/en\/sign-in/);

  // Other accounts are not affected.
  const other = `unaffected-${Date.now()}@example.org`;
  await signUp(page, other);
  await signIn(page, other, PASSWORD);
});
