import { expect, test } from "@playwright/test";
import { DEMO, newAccount, signIn, signOut, signUp } from "./support";
import { CARDS } from "../support/content";

test.describe("accounts", () => {
  test("a student signs up, signs out, signs in and sees the deck with all its cards", async ({ page }) => {
    const account = newAccount("student");
    await signUp(page, account);
    await expect(page.getByRole("heading", { name: /Hi, Test/ })).toBeVisible();
    await signOut(page);

    // Signed out: a private page sends us to sign-in, and back afterwards.
    await page.goto("/decks/parameter-efficiency");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/decks\/parameter-efficiency$/);
    await expect(page.getByRole("heading", { name: "Parameter efficiency" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Cards in this deck" }).getByRole("listitem")).toHaveCount(
      CARDS.length,
    );
  });

  test("a student opening an instructor page is refused", async ({ page }) => {
    await signIn(page, DEMO.student.email, DEMO.student.password);
    await page.goto("/teach");
    await expect(page.getByRole("heading", { name: "Instructors only" })).toBeVisible();
    await expect(page.getByText("Your classes")).toHaveCount(0);
    await page.goto("/admin");
    await expect(page.getByRole("heading", { name: "Admins only" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Accounts" })).toHaveCount(0);
  });

  test("an instructor can open the instructor page", async ({ page }) => {
    await signUp(page, newAccount("instructor"));
    await page.goto("/teach");
    await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
  });

  test("each bad sign-in input shows its own message", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your email.")).toBeVisible();

    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("whatever1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter an email like name@school.edu.")).toBeVisible();

    await page.getByLabel("Email").fill("nobody-here@example.edu");
    await page.getByLabel("Password").fill("whatever1");
    await page.getByRole("button", { name: "Sign in" }).click();
    // One message for an unknown email and a wrong password: the form does not say who has an account.
    await expect(page.getByText("Wrong email or password.")).toBeVisible();

    await page.getByLabel("Email").fill(DEMO.student.email);
    await page.getByLabel("Password").fill("wrong-password-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Wrong email or password.")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("each bad sign-up input shows its own message", async ({ page }) => {
    await page.goto("/sign-up");
    const submit = page.getByRole("button", { name: "Create account" });

    // Malformed: nothing filled in.
    await submit.click();
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(page.getByText("Enter your email.")).toBeVisible();

    // Weak password.
    await page.getByLabel("Name").fill("Weak Pass");
    await page.getByLabel("Email").fill(newAccount().email);
    await page.getByLabel("Password").fill("short");
    await submit.click();
    await expect(page.getByRole("alert").filter({ hasText: "Password too weak" })).toBeVisible();
    // The form keeps what was typed (except the password).
    await expect(page.getByLabel("Name")).toHaveValue("Weak Pass");

    // Taken email.
    await page.getByLabel("Email").fill(DEMO.student.email);
    await page.getByLabel("Password").fill("good-pass-42");
    await submit.click();
    await expect(page.getByText("An account with this email already exists. Sign in instead?")).toBeVisible();
    await expect(page).toHaveURL(/\/sign-up/);
  });
});
