import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

// Debian's Chromium (apt-get install chromium): Playwright cannot download its own browser here.
const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const haveBrowser = existsSync(executablePath);
if (!haveBrowser) {
  const message = `End-to-end tests need Chromium at ${executablePath} (apt-get install -y chromium, or set CHROMIUM_PATH).`;
  if (process.env.CI) throw new Error(`${message} Under CI the browser tests are required.`);
  console.warn(`\n⚠ ${message} Skipping them locally.\n`);
}

const port = Number(process.env.E2E_PORT || 3100);
const launchOptions = {
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  testIgnore: haveBrowser ? undefined : "**/*",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // One retry on CI: a test that passes only on retry is reported as "flaky" in the output, not hidden.
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "phone",
      // A test tagged @desktop-only (keyboard flows) runs only on the desktop project, and vice versa.
      grepInvert: /@desktop-only/,
      use: {
        ...devices["Pixel 7"],
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        browserName: "chromium",
        launchOptions,
      },
    },
    {
      name: "desktop",
      grepInvert: /@phone-only/,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 800 }, launchOptions },
    },
  ],
  webServer: haveBrowser
    ? {
        command: "node scripts/e2e-server.mjs",
        url: `http://127.0.0.1:${port}/api/health`,
        // the server's first start includes the production build (next build + serwist), which
        // took over 5 minutes on a loaded 2-core machine; this only guards against a hang
        timeout: 1_200_000,
        reuseExistingServer: !process.env.CI,
        stdout: "pipe",
        stderr: "pipe",
        // lti-frame.spec.ts's fake LMS frames the app from this origin (another site than 127.0.0.1).
        env: { E2E_PORT: String(port), LTI_FRAME_ANCESTORS: `http://localhost:${port + 99}` },
      }
    : undefined,
});
