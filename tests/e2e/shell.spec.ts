import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support";
import { ALL_CARDS } from "../support/content";

test("the home page explains the app and every control has a name", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Parameter efficiency");
  await expect(page.getByRole("link", { name: "Create a free account" })).toBeVisible();
  // No button or link without an accessible name.
  const unnamed = await page.locator("a, button, input:not([type=hidden]), select, textarea").evaluateAll(
    (els) =>
      els.filter((el) => {
        const e = el as HTMLElement;
        const label =
          e.getAttribute("aria-label") ||
          e.textContent.trim() ||
          (e as HTMLInputElement).labels?.[0]?.textContent ||
          e.getAttribute("title");
        return !label && e.offsetParent !== null;
      }).length,
  );
  expect(unnamed).toBe(0);
});

test("signed in, the main navigation is at the bottom on phones and at the top on wide screens", async ({
  page,
}, info) => {
  await signIn(page, DEMO.student.email, DEMO.student.password);
  const navs = page.getByRole("navigation", { name: "Main" });
  await expect(navs).toHaveCount(1); // the other one is hidden at this width
  const box = await navs.boundingBox();
  const viewport = page.viewportSize()!;
  if (info.project.name === "phone") expect(box!.y + box!.height).toBeGreaterThan(viewport.height - 2);
  else expect(box!.y).toBeLessThan(80);
  await navs.getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Account" })).toBeVisible();
});

test("the health endpoint reports the app and the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { status: string; database: string; cards: number };
  expect(body).toMatchObject({ status: "ok", database: "ok" });
  expect(body.cards).toBe(ALL_CARDS.length); // every card file, seeded
});
