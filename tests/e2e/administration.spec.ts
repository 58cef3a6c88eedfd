import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signInAsDemo } from "./support/auth";

const PASSWORD = "a long enough password";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function signUp(page: Page, name: string, email: string) {
  await page.goto("/en/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Repeat the password").fill(PASSWORD);
  await page.getByRole("checkbox", { name: "Spanish" }).check();
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page).toHaveURL(/\/en\/dashboard$/);
}

/** As the admin: finds the person by name and opens their page. */
async function openPerson(admin: Page, name: string) {
  await admin.goto("/en/admin");
  await admin.getByLabel("Name or email").fill(name);
  await admin.getByRole("button", { name: "Search" }).click();
  await admin.getByRole("link", { name, exact: true }).click();
  await expect(admin).toHaveURL(/\/en\/admin\/people\/\d+$/);
}

async function changeRole(admin: Page, role: string) {
  await admin.getByRole("combobox", { name: "Role" }).selectOption({ label: role });
  await admin.getByRole("button", { name: "Change role" }).click();
  await expect(admin.getByText(`Role changed to ${role}. The person has been signed out.`)).toBeVisible();
}

test("after an admin demotes a signed-in reviewer, the reviewer's next request can no longer review", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const name = `Rosa Demoted ${Date.now()}`;
  const email = `rosa-${Date.now()}@example.org`;
  const rosa = await newPage(browser);
  await signUp(rosa, name, email);

  // The admin makes her a reviewer of Spanish.
  const admin = await newPage(browser);
  await signInAsDemo(admin, "admin");
  await openPerson(admin, name);
  await changeRole(admin, "Reviewer");
  await admin
    .getByRole("group", { name: "Reviews translations into" })
    .getByRole("checkbox", { name: "Spanish" })
    .check();
  await admin.getByRole("button", { name: "Save languages" }).click();
  await expect(admin.getByText("Languages saved.")).toBeVisible();

  // The promotion ended her session: she signs in again and reviews.
  await rosa.reload();
  await expect(rosa).toHaveURL(/\/en\/sign-in/);
  await signIn(rosa, email, PASSWORD);
  await rosa.goto("/en/review");
  await expect(rosa.getByRole("heading", { level: 1, name: "Review queue" })).toBeVisible();

  // Demoted while signed in: her very next request no longer has the session that could review.
  await changeRole(admin, "Volunteer");
  await rosa.reload();
  await expect(rosa).toHaveURL(/\/en\/sign-in\?callbackUrl=%2Fen%2Freview$/);
  // Signed in again, she is a volunteer: the review queue does not exist for her.
  await signIn(rosa, email, PASSWORD);
  const response = await rosa.goto("/en/review");
  expect(response?.status()).toBe(404);
  await expect(rosa.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" })).toHaveCount(0);

  // Both changes are in the audit log, naming the admin who made them.
  await admin.goto("/en/admin/audit");
  await admin.getByLabel("Action").selectOption({ label: "Role changed" });
  await admin.getByRole("button", { name: "Filter" }).click();
  const events = admin.getByRole("table", { name: "Audit events" }).getByRole("row").filter({ hasText: name });
  await expect(events).toHaveCount(2);
  await expect(events.first()).toContainText("Jonas Weber");
});

test("a disabled account is signed out at once and cannot sign in; enabling it lets it back", async ({ browser }) => {
  test.setTimeout(90_000);
  const name = `Dana Disabled ${Date.now()}`;
  const email = `dana-${Date.now()}@example.org`;
  const dana = await newPage(browser);
  await signUp(dana, name, email);

  const admin = await newPage(browser);
  await signInAsDemo(admin, "admin");
  await openPerson(admin, name);
  await admin.getByRole("button", { name: "Disable account" }).click();
  await expect(admin.getByText("Account disabled. The person has been signed out.")).toBeVisible();

  await dana.goto("/en/work");
  await expect(dana).toHaveURL(/\/en\/sign-in/);
  await dana.getByLabel("Email").fill(email);
  await dana.getByLabel("Password").fill(PASSWORD);
  await dana.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(dana.locator("#sign-in-problem")).toHaveText("The email or the password is not correct.");

  await admin.getByRole("button", { name: "Enable account" }).click();
  await expect(admin.getByText("Account enabled. The person can sign in again.")).toBeVisible();
  await signIn(dana, email, PASSWORD);
});

test("changing one's password keeps this browser signed in and signs out every other one", async ({ browser }) => {
  test.setTimeout(90_000);
  const email = `paco-${Date.now()}@example.org`;
  const laptop = await newPage(browser);
  await signUp(laptop, "Paco Two Devices", email);
  const phone = await newPage(browser);
  await signIn(phone, email, PASSWORD);

  await laptop.getByRole("link", { name: "Settings", exact: true }).click();
  await laptop.getByLabel("Current password").fill("not my password at all");
  await laptop.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await laptop.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("This is not your current password.")).toBeVisible();

  await laptop.getByLabel("Current password").fill(PASSWORD);
  await laptop.getByLabel("New password", { exact: true }).fill("qwertyuiop");
  await laptop.getByLabel("Repeat the new password").fill("qwertyuiop");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(laptop.getByText("This password is one of the most common passwords. Choose another.")).toBeVisible();

  await laptop.getByLabel("Current password").fill(PASSWORD);
  await laptop.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await laptop.getByLabel("Repeat the new password").fill("a brand new passphrase");
  await laptop.getByRole("button", { name: "Change password" }).click();
  await expect(
    laptop.getByText("Your password was changed. Other devices and browsers have been signed out."),
  ).toBeVisible();

  await laptop.goto("/en/work");
  await expect(laptop).toHaveURL(/\/en\/work$/);
  await phone.goto("/en/work");
  await expect(phone).toHaveURL(/\/en\/sign-in/);
  await signIn(phone, email, "a brand new passphrase");

  // Sign out everywhere ends this browser's session too.
  await laptop.goto("/en/settings");
  await laptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptop).toHaveURL(/\/en\/sign-in/);
  await phone.goto("/en/work");
  await expect(phone).toHaveURL(/\/en\/sign-in/);
});
