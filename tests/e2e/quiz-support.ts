// Helpers for the quiz end-to-end tests.
import { expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { join } from "node:path";

/** Answers the question on screen (one-per-screen layout) without knowing the right answer. */
export async function answerCurrent(page: Page, typed = "42") {
  const q = page.getByRole("region", { name: /^Question \d+ of \d+$/ });
  const radios = q.getByRole("radio");
  const boxes = q.getByRole("checkbox");
  const keep = q.getByRole("button", { name: "This order is my answer" });
  if (await radios.count()) await radios.first().check();
  else if (await boxes.count()) await boxes.first().check();
  else if (await keep.count()) await keep.click();
  else await q.getByRole("textbox", { name: "Your answer" }).fill(typed);
}

export async function waitSaved(page: Page) {
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");
}

export async function startPractice(page: Page) {
  await page.goto("/quizzes");
  await page.getByRole("link", { name: /Practice quiz: parameter efficiency/ }).click();
  await page.getByRole("button", { name: /Start the quiz|Start a new attempt/ }).click();
  await expect(page).toHaveURL(/\/quizzes\/attempt\/[a-z0-9]+$/);
  return page.url().split("/").pop()!;
}

/** The e2e server's SQLite file: to read what a student must never be sent, and for the one
 * change no page can make (an attempt's deadline seconds away). Everything else goes through the UI. */
export function e2eDb(readonly = true) {
  const file = (process.env.E2E_DATABASE_URL || "file:./data/e2e.db").replace(/^file:/, "");
  return new Database(join(process.cwd(), file), { readonly, fileMustExist: true });
}

/** Prisma stores SQLite DateTimes as ISO text with an explicit offset. */
export const sqliteTime = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** Reads what a student must never be sent for one attempt. */
export function secretsOfAttempt(attemptId: string): string[] {
  const db = e2eDb();
  try {
    const rows = db
      .prepare(
        `SELECT q.type, q.answer, q.explanation, a.instance FROM AttemptAnswer a
         JOIN QuizItem i ON i.id = a.quizItemId JOIN Question q ON q.id = i.questionId WHERE a.attemptId = ?`,
      )
      .all(attemptId) as { type: string; answer: string; explanation: string; instance: string | null }[];
    const secrets: string[] = [];
    for (const r of rows) {
      secrets.push(r.explanation.replace(/[*$`\\]/g, "").slice(0, 40));
      if (r.type === "generated") {
        const inst = JSON.parse(r.instance!) as { answer: number; working: string[] };
        if (inst.answer >= 1000) secrets.push(String(inst.answer), inst.answer.toLocaleString("en-US"));
        secrets.push(inst.working.at(-1)!.replace(/\*/g, ""));
      } else if (r.type === "text") secrets.push(...(JSON.parse(r.answer) as string[]));
      else if (r.type === "numeric") {
        if (Math.abs(JSON.parse(r.answer) as number) >= 1000) secrets.push(r.answer);
      } else if (r.type !== "single") secrets.push(r.answer);
    }
    return secrets;
  } finally {
    db.close();
  }
}

/** Context options for recording bodies: a service worker must not answer in the server's place. */
export const NO_SERVICE_WORKER = { serviceWorkers: "block" } as const;

const TEXTUAL = /text\/html|text\/x-component|application\/json|text\/plain|javascript/;

/**
 * Every text body the page receives (HTML, RSC payloads, server-action replies), to search for
 * secrets. Each request is fetched here and handed on to the page unchanged, so every body is
 * read: from the browser's own response events, the reply of the server action that starts a
 * quiz (it carries the attempt page's RSC payload) was at times unreadable and went unchecked.
 * Use it in a context without service workers (NO_SERVICE_WORKER), so nothing answers in the
 * server's place.
 */
export async function recordBodies(page: Page) {
  const bodies: { url: string; body: string }[] = [];
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.url().includes("/_next/static/")) return route.continue();
    const res = await route.fetch({ maxRedirects: 0 });
    if (TEXTUAL.test(res.headers()["content-type"] ?? ""))
      bodies.push({ url: `${request.method()} ${request.url()} ${res.status()}`, body: await res.text() });
    await route.fulfill({ response: res });
  });
  return async () => {
    await page.unroute("**/*");
    return bodies;
  };
}
