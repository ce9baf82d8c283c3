import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";

// The committed 20-seed summary the page must show (read from the file, not restated here).
const summary = JSON.parse(readFileSync("lib/experiments/robustness/memory-speed.json", "utf8")) as {
  n: number;
  overall: Record<string, number>;
  claims: { id: string; counts: Record<string, number> }[];
};

test("a proof shows its verdicts across 20 seeds beside the learner's run, claim by claim", async ({ page }) => {
  test.setTimeout(180_000); // a real training run on a CPU shared with other jobs
  await page.goto("/experiments/memory-speed?epochs=2");
  const across = page.getByTestId("across-seeds");
  await expect(across.getByRole("heading", { name: `Across ${summary.n} seeds` })).toBeVisible();
  await expect(across).toContainText("Your settings differ from the defaults");
  const faster = summary.claims.find((c) => c.id === "faster-training")!;
  await expect(across.getByTestId("across-claim-faster-training")).toContainText(
    `held in ${faster.counts.supported}/${summary.n}`,
  );

  await page.getByRole("button", { name: "Run", exact: true }).click();
  await expect(page.getByTestId("verdict")).toBeVisible({ timeout: 150_000 });
  await expect(page.getByTestId("your-run-overall")).toContainText(
    new RegExp(`^Your run: (supported|it depends|not supported) · across ${summary.n} seeds at the default settings: `),
  );
  await expect(page.getByTestId("your-run-memory")).toContainText(
    `this claim held in ${summary.claims.find((c) => c.id === "memory")!.counts.supported}/${summary.n}`,
  );
  // The timing claim says where it was timed.
  await expect(
    page
      .getByRole("region", { name: "Verdict", exact: true })
      .getByRole("listitem")
      .filter({ hasText: "Training is faster" }),
  ).toContainText(/Timed on the (webgl|wasm|cpu) backend \(.+ threads\)/);
});

test("Run 5 seeds runs five random seeds in the worker and tallies the learner's own verdicts @desktop-only", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto("/experiments/memory-speed?epochs=1");
  const tally = page.getByTestId("seed-tally");
  await tally.getByRole("button", { name: "Run 5 seeds" }).click();
  await expect(tally.getByTestId("seed-tally-status")).toContainText(/of 5 seeds done/);
  await expect(tally.getByTestId("seed-tally-result")).toHaveAttribute("data-runs", "5", { timeout: 200_000 });
  await expect(tally.getByTestId("seed-tally-status")).toHaveText(/^5 of 5 seeds done on (webgl|wasm|cpu)\.$/);
  const seeds = tally.getByRole("list", { name: "Your seeds" }).getByRole("link");
  await expect(seeds).toHaveCount(5);
  await expect(seeds.first()).toHaveAttribute("href", /^\/experiments\/memory-speed\?(.*&)?seed=\d+/);
  // Every claim's counts add up to the 5 runs.
  const overall = await tally.getByTestId("seed-tally-result").locator("p").first().innerText();
  const counted = [...overall.matchAll(/(\d+)\/5/g)].reduce((s, m) => s + Number(m[1]), 0);
  expect(counted).toBe(5);
  await expect(tally.getByRole("button", { name: "Run 5 seeds" })).toBeEnabled();
});

test("the proofs index says how often each proof's verdict held across seeds", async ({ page }) => {
  await page.goto("/experiments");
  const overall = Object.entries(summary.overall)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([v, n]) => `${v.replace("_", " ")} ${n}/${summary.n}`)
    .join(" · ");
  await expect(page.getByTestId("across-memory-speed")).toHaveText(`Across ${summary.n} seeds: ${overall}`);
});
