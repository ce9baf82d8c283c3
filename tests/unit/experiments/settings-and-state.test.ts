import { describe, expect, it } from "vitest";
import { getExperiment } from "@/lib/experiments/catalog";
import { experimentRunSchema, parseSettingsQuery } from "@/lib/validation/experiments";
import { initialRunState, keyOf, runReducer, type RunState } from "@/lib/experiments/run-state";
import type { FromWorker } from "@/lib/experiments/browser/protocol";

const frontier = getExperiment("frontier")!;

describe("settings from a shared link", () => {
  it("keeps valid values and falls back to defaults, with a message, for invalid ones", () => {
    const ok = parseSettingsQuery(frontier, { seed: "7", epochs: "12", budget: "900" });
    expect(ok).toEqual({ settings: { seed: 7, epochs: 12, budget: 900 }, problems: [] });
    const bad = parseSettingsQuery(frontier, { seed: "abc", epochs: "100000", budget: ["2.5"] });
    expect(bad.settings).toEqual({ seed: 42, epochs: 20, budget: 1500 });
    expect(bad.problems).toEqual([
      "Seed must be a number. Using 42.",
      "Epochs must be at most 200. Using 20.",
      "Parameter budget must be a whole number. Using 1,500.",
    ]);
  });

  it("a recorded run must have a UUID, a known experiment and finite numbers", () => {
    const base = {
      id: crypto.randomUUID(),
      slug: "frontier",
      settings: { seed: 1 },
      backend: "wasm",
      verdict: "supported",
      durationMs: 10,
    };
    const results = {
      variants: [
        {
          taskId: "t",
          variantId: "v",
          params: 1,
          layerParams: [1],
          weightBytes: 4,
          history: [{ epoch: 1, trainLoss: 0.1, trainAcc: 1, testLoss: 0.1, testAcc: 1, trainMs: 1 }],
          msPerEpoch: 1,
        },
      ],
    };
    expect(experimentRunSchema.safeParse({ ...base, results }).success).toBe(true);
    expect(experimentRunSchema.safeParse({ ...base, id: "1", results }).error?.issues[0].message).toBe(
      "The run id must be a UUID.",
    );
    expect(experimentRunSchema.safeParse({ ...base, slug: "nope", results }).error?.issues[0].message).toBe(
      "Unknown experiment.",
    );
    const nan = structuredClone(results);
    nan.variants[0].history[0].testAcc = Number.NaN;
    expect(experimentRunSchema.safeParse({ ...base, results: nan }).success).toBe(false);
  });
});

describe("the page's run state", () => {
  const at = 0;
  const feed = (s: RunState, ...events: FromWorker[]) =>
    events.reduce((st, event) => runReducer(st, { type: "worker", event, at }), s);
  const metrics = (epoch: number) => ({
    epoch,
    trainLoss: 1 / epoch,
    trainAcc: 0.5,
    testLoss: 1,
    testAcc: 0.5,
    trainMs: 3,
  });

  it("streams epochs per model and names the backend", () => {
    let s = runReducer(initialRunState, { type: "begin", at });
    s = feed(
      s,
      { type: "backend", name: "wasm", notes: [] },
      { type: "epoch", taskId: "t", variantId: "a", metrics: metrics(1) },
      { type: "epoch", taskId: "t", variantId: "a", metrics: metrics(2) },
    );
    expect(s.status).toBe("running");
    expect(s.backend).toBe("wasm");
    expect(s.history[keyOf("t", "a")].map((h) => h.epoch)).toEqual([1, 2]);
    expect(s.current).toEqual({ taskId: "t", variantId: "a", epoch: 2 });
  });

  it("after Stop, late events from the worker change nothing", () => {
    let s = feed(runReducer(initialRunState, { type: "begin", at }), { type: "backend", name: "cpu", notes: [] });
    s = runReducer(s, { type: "stop", at: 5 });
    const after = feed(s, { type: "epoch", taskId: "t", variantId: "a", metrics: metrics(1) });
    expect(after).toBe(s);
    expect(s.status).toBe("stopped");
  });
  it("a model's result sent again with its final timings replaces the first, not adds to it", () => {
    const result = (msPerEpoch: number) => ({
      taskId: "t",
      variantId: "a",
      params: 10,
      layerParams: [10],
      weightBytes: 40,
      history: [metrics(1)],
      msPerEpoch,
    });
    let s = feed(runReducer(initialRunState, { type: "begin", at }), { type: "backend", name: "cpu", notes: [] });
    s = feed(s, { type: "variant", result: result(3) }, { type: "variant", result: { ...result(5), variantId: "b" } });
    s = feed(s, { type: "variant", result: result(7) });
    expect(s.finished.map((r) => [r.variantId, r.msPerEpoch])).toEqual([
      ["b", 5],
      ["a", 7],
    ]);
  });
});
