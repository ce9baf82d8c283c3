import { expect, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";

export const DEMO = {
  student: { email: "student@example.edu", password: "learn-params-1" },
  instructor: { email: "instructor@example.edu", password: "teach-params-1" },
  admin: { email: "admin@example.edu", password: "admin-params-1" },
};

export function uniqueEmail(prefix = "user") {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.edu`;
}

export type Account = { name: string; email: string; password: string; role: "student" | "instructor" };

export function newAccount(role: Account["role"] = "student"): Account {
  return {
    name: role === "student" ? "Test Student" : "Test Instructor",
    email: uniqueEmail(role),
    password: "good-pass-42",
    role,
  };
}

/**
 * Signs up through the real form and waits for the signed-in landing page. Sign-up makes a
 * student; an instructor account is then granted the role by the demo admin on /admin (in a
 * browser context of its own), which signs it out, so it signs in again with the new role.
 */
export async function signUp(page: Page, account: Account) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/study$/);
  if (account.role === "instructor") {
    await grantInstructor(page, account.email);
    await signIn(page, account.email, account.password);
  }
}

/** The demo admin makes `email` an instructor on /admin, from a browser context of its own. */
export async function grantInstructor(page: Page, email: string) {
  const context = await page
    .context()
    .browser()!
    .newContext({ baseURL: new URL(page.url()).origin });
  const admin = await context.newPage();
  await signIn(admin, DEMO.admin.email, DEMO.admin.password);
  await admin.goto(`/admin?q=${encodeURIComponent(email)}`);
  await admin.getByRole("button", { name: /^Make .* an instructor$/ }).click();
  await expect(admin.getByText(/is now an instructor/)).toBeVisible();
  await context.close();
}

export async function signIn(page: Page, email: string, password: string, expectUrl: RegExp = /\/study$/) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(expectUrl);
}

export async function signOut(page: Page) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
}

/** A real finger swipe (touch events → pointer events), not a synthetic click. */
export async function swipe(page: Page, dir: "left" | "right") {
  const box = (await page.locator("article").boundingBox())!;
  const cdp = await page.context().newCDPSession(page);
  const y = box.y + 60;
  const x0 = box.x + box.width / 2;
  const dx = dir === "left" ? -170 : 170;
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x: x0, y }] });
  for (let i = 1; i <= 8; i++)
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x: x0 + (dx * i) / 8, y }] });
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await cdp.detach();
}
