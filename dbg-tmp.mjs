import { chromium } from "@playwright/test";
const [slug, backend = "wasm"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
page.on("console", (m) => console.log("console:", m.type(), m.text().slice(0, 300)));
page.on("pageerror", (e) => console.log("pageerror:", e.message));
page.on("worker", (w) => { console.log("worker", w.url().slice(0, 120)); });
await page.goto(`http://127.0.0.1:3102/experiments/${slug}?backend=${backend}`);
await page.getByRole("button", { name: "Run" }).click();
for (let i = 0; i < 12; i++) {
  await page.waitForTimeout(5000);
  const st = await page.locator("[aria-live=polite]").first().textContent();
  const err = await page.getByRole("alert").allTextContents();
  console.log(i, st, err.join("|").slice(0, 300));
  if (await page.getByTestId("verdict").count()) break;
}
await browser.close();
