// Accessibility checks shared by the end-to-end specs: axe-core's WCAG 2.1 A and AA rules,
// and what axe cannot see (visible focus, tap-target sizes, chart text as rendered).
import { AxeBuilder } from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

export const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Runs axe on the page as it is now; fails with each violation, its rule and where it is. A soft
 * assertion: the walk goes on, so one run reports every page's violations, and the test fails.
 */
export async function expectAccessible(page: Page, what: string, knownIssues: string[] = []) {
  // Colours mid-transition (a button fading in from disabled as the page hydrates) are not what a
  // reader sees for more than a moment: measure contrast once transitions have settled (endless
  // animations, such as a running proof's spinner, are not waited for).
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
      null,
      {
        timeout: 5_000,
      },
    )
    .catch(() => undefined);
  const result = await new AxeBuilder({ page }).withTags(WCAG_21_AA).disableRules(knownIssues).analyze();
  const found = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
        .slice(0, 4)
        .map((n) => n.target.join(" "))
        .join("\n    ")}`,
  );
  expect.soft(found, `axe on ${what} (${page.url()})`).toEqual([]);
}

/** The rendered size of every chart's text: computed font-size × how much its SVG is scaled. */
export async function chartTextSizes(page: Page) {
  return page.locator("svg text").evaluateAll((els) =>
    els
      .filter((t) => (t as SVGTextElement).getBBox().width > 0)
      .map((t) => {
        const svg = (t as SVGTextElement).ownerSVGElement!;
        // null when the SVG has no viewBox (the DOM types say otherwise)
        const box = svg.viewBox.baseVal as DOMRect | null;
        const scale = box && box.width ? svg.getBoundingClientRect().width / box.width : 1;
        return { text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * scale };
      }),
  );
}

/** Whether the focused element shows a focus indicator (an outline or a ring) in its computed style. */
export async function focusIsVisible(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return false;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
    const ring = s.boxShadow !== "none" && s.boxShadow !== "";
    return outline || ring;
  });
}

/** A target's rendered height and width, for the 44 px rule. */
export async function size(target: Locator) {
  const box = await target.boundingBox();
  expect(box, "the target is rendered").not.toBeNull();
  return { width: box!.width, height: box!.height };
}
