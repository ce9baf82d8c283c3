import { describe, expect, it } from "vitest";
import { EXPERIMENTS } from "@/lib/experiments/catalog";
import { defaultSettings, testSettings } from "@/lib/experiments/settings";

// The README promises that the unit tests train every experiment at its default settings,
// so a verdict proved here is the verdict a learner's run reaches. An experiment that wants
// smaller test settings must first get a test that they reach the same verdict.
describe("the experiment tests run what a learner runs", () => {
  it("every experiment's test settings are its defaults", () => {
    expect(EXPERIMENTS.length).toBeGreaterThan(0);
    for (const def of EXPERIMENTS) expect(testSettings(def), def.slug).toEqual(defaultSettings(def));
  });
});
