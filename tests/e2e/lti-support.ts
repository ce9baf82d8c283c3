// Helpers for the LTI end-to-end tests (lti.spec.ts, lti-frame.spec.ts).
import { expect, type Page } from "@playwright/test";
import type { FakeLms } from "../support/fake-lms";

/** On /admin/lti (signed in as an admin), registers the fake LMS under `name` as its admin would. */
export async function registerLms(page: Page, lms: FakeLms, name = lms.registration().name) {
  await page.goto("/admin/lti");
  const reg = lms.registration();
  await page.getByLabel("Name (for you)").fill(name);
  await page.getByLabel("Issuer (platform id)").fill(reg.issuer);
  await page.getByLabel("Client id").fill(reg.clientId);
  await page.getByLabel("Deployment ids", { exact: true }).fill(reg.deploymentIds.join(" "));
  await page.getByLabel("Authentication request URL").fill(reg.authUrl);
  await page.getByLabel("Access token URL").fill(reg.tokenUrl);
  await page.getByLabel("Public keyset (JWKS) URL").fill(reg.jwksUrl);
  await page.getByRole("button", { name: "Register LMS" }).click();
  await expect(page.getByText(`${name} is registered`)).toBeVisible();
}
