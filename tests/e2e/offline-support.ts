// Helpers for the offline end-to-end tests: the service worker, the device's IndexedDB and the server's rows.
import { expect, type Page } from "@playwright/test";
import { e2eDb } from "./quiz-support";

/** Waits until the service worker controls the page and keeps the offline shell for the learner. */
export async function waitOfflineReady(page: Page) {
  await page.waitForFunction(
    async () => {
      if (!navigator.serviceWorker.controller) return false;
      for (const name of await caches.keys())
        if (name.startsWith("shell-") && (await (await caches.open(name)).match("/offline"))) return true;
      return false;
    },
    null,
    { timeout: 30_000, polling: 250 },
  );
}

/** The learners whose study snapshot this device holds (IndexedDB; none before the app created its database). */
export function snapshotsOnDevice(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    // Only an existing database is opened: opening a missing one would create it empty, without the app's stores.
    if (!(await indexedDB.databases()).some((d) => d.name === "paramlab")) return [];
    return new Promise<string[]>((resolve) => {
      const open = indexedDB.open("paramlab");
      open.onerror = () => resolve([]);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains("snapshots")) {
          db.close();
          resolve([]);
          return;
        }
        const keys = db.transaction("snapshots").objectStore("snapshots").getAllKeys();
        keys.onsuccess = () => resolve((db.close(), keys.result.map(String)));
        keys.onerror = () => resolve((db.close(), []));
      };
    });
  });
}

/** Waits until the device holds a study snapshot, saved by a study page opened online. */
export async function waitSnapshot(page: Page) {
  await expect
    .poll(() => snapshotsOnDevice(page).then((k) => k.length), { timeout: 20_000, intervals: [250] })
    .toBeGreaterThan(0);
}

/** The learner's grades on the server, in review-time order. */
export function serverGrades(email: string) {
  const db = e2eDb();
  try {
    return db
      .prepare(
        `SELECT l.id, l.cardId, c.title, l.rating, l.mode, l.reviewedAt, l.undoneAt, l.stateBefore, l.stateAfter
         FROM ReviewLog l JOIN User u ON u.id = l.userId JOIN Card c ON c.id = l.cardId
         WHERE u.email = ? ORDER BY l.reviewedAt, l.createdAt`,
      )
      .all(email) as {
      id: string;
      cardId: string;
      title: string;
      rating: number;
      mode: string;
      reviewedAt: string;
      undoneAt: string | null;
      stateBefore: string;
      stateAfter: string;
    }[];
  } finally {
    db.close();
  }
}

export const cardTitle = (page: Page) => page.locator("#review-card-title");
export const syncPill = (page: Page) => page.locator("[data-sync]").first();

/** Reveals the card on screen; returns its title. */
export async function reveal(page: Page, how: "tap-card" | "button" = "button") {
  const title = (await cardTitle(page).textContent())!;
  if (how === "tap-card") await page.locator("article").tap();
  else await page.getByRole("button", { name: "Show answer" }).click();
  await expect(page.getByRole("region", { name: "Answer" })).toBeVisible();
  return title;
}
