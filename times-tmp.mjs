import { chromium } from "@playwright/test";
const slugs = process.argv[2].split(",");
const backend = process.argv[3] ?? "wasm";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
for (const slug of slugs) {
  await page.goto(`http://127.0.0.1:3102/experiments/${slug}?backend=${backend}`);
  const t0 = Date.now();
  await page.getByRole("button", { name: "Run" }).click();
  await page.getByTestId("verdict").waitFor({ timeout: 300000 });
  const v = await page.getByTestId("verdict").getAttribute("data-verdict");
  console.log(slug, backend, "wall", Date.now() - t0, "ms", v);
}
await browser.close();
