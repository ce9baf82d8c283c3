import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users";
import { myRunSummary, recordExperimentRun } from "@/lib/server/experiments";
import { getExperiment } from "@/lib/experiments/catalog";
import { defaultSettings } from "@/lib/experiments/settings";
import type { RunResults } from "@/lib/experiments/types";
import type { ExperimentRunInput } from "@/lib/validation/experiments";
import { anyDate } from "@/tests/support/matchers";

const def = getExperiment("memory-speed")!;
const settings = defaultSettings(def);
const epoch = (testAcc: number, trainMs: number) => ({
  epoch: 1,
  trainLoss: 0.3,
  trainAcc: testAcc,
  testLoss: 0.3,
  testAcc,
  trainMs,
});
const results: RunResults = {
  variants: [
    {
      taskId: "teacher",
      variantId: "compact",
      params: 458,
      layerParams: [408, 50],
      weightBytes: 1832,
      history: [epoch(0.93, 60)],
      msPerEpoch: 60,
      inferUs: 9,
    },
    {
      taskId: "teacher",
      variantId: "large",
      params: 18946,
      layerParams: [2176, 16512, 258],
      weightBytes: 75784,
      history: [epoch(0.93, 570)],
      msPerEpoch: 570,
      inferUs: 80,
    },
  ],
};
const run = (over: Partial<ExperimentRunInput> = {}): ExperimentRunInput => ({
  id: randomUUID(),
  slug: def.slug,
  settings,
  backend: "wasm",
  results,
  verdict: def.verdict(results, settings).verdict,
  durationMs: 4200,
  ...over,
});
const student = (email: string) =>
  createUser({ name: "S", email, password: "abcdefg1", role: "student", timeZone: "UTC" });

describe("recording experiment runs (real SQLite file)", () => {
  it("stores a run once, however often the same id is retried, even concurrently", async () => {
    const me = await student("runner@example.edu");
    const input = run();
    const first = await recordExperimentRun(me, input);
    expect(first).toEqual({ id: input.id, verdict: "supported", created: true });
    const retries = await Promise.all([recordExperimentRun(me, input), recordExperimentRun(me, input)]);
    expect(retries.every((r) => !r.created && r.id === input.id)).toBe(true);
    expect(await db.experimentRun.count({ where: { id: input.id } })).toBe(1);
    const row = await db.experimentRun.findUniqueOrThrow({ where: { id: input.id } });
    expect(row).toMatchObject({
      userId: me.id,
      experimentSlug: "memory-speed",
      backend: "wasm",
      verdict: "supported",
      durationMs: 4200,
    });
    expect(JSON.parse(row.settings)).toEqual(settings);
    expect(JSON.parse(row.results)).toEqual(results);
  });

  it("refuses a signed-out caller and writes nothing", async () => {
    const input = run();
    await expect(recordExperimentRun(null, input)).rejects.toMatchObject({ status: 401 });
    expect(await db.experimentRun.count({ where: { id: input.id } })).toBe(0);
  });

  it("refuses a verdict that does not follow from the results, and results from another experiment", async () => {
    const me = await student("honest@example.edu");
    await expect(recordExperimentRun(me, run({ verdict: "not_supported" }))).rejects.toMatchObject({
      status: 422,
      message: "The verdict does not follow from the results.",
    });
    await expect(
      recordExperimentRun(me, run({ slug: "frontier", settings: defaultSettings(getExperiment("frontier")!) })),
    ).rejects.toMatchObject({ status: 422 });
    await expect(recordExperimentRun(me, run({ settings: { ...settings, epochs: 10_000 } }))).rejects.toMatchObject({
      status: 422,
    });
    expect(await db.experimentRun.count({ where: { userId: me.id } })).toBe(0);
  });

  it("will not let another user claim a stored run's id, and the experiments page counts only the caller's own runs", async () => {
    const a = await student("a-runs@example.edu");
    const b = await student("b-runs@example.edu");
    const input = run();
    await recordExperimentRun(a, input);
    await expect(recordExperimentRun(b, input)).rejects.toMatchObject({ status: 409 });
    await recordExperimentRun(b, run());
    await recordExperimentRun(b, run());
    expect(await myRunSummary(a)).toEqual({ "memory-speed": { count: 1, latest: "supported", at: anyDate() } });
    expect((await myRunSummary(b))["memory-speed"]?.count).toBe(2);
    expect(await myRunSummary(null)).toEqual({}); // signed out: the page shows no history
  });
});
