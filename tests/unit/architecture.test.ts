import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { buildImportGraph, findCycles, type Edge, type ImportGraph } from "@/tests/support/import-graph";

/**
 * The layer rules of the README, read from the import graph of app/, components/, lib/ and
 * proxy.ts (tooling — prisma/, scripts/, tests/ — may import anything). Every kind of import
 * counts, `import type` included: a type edge is erased at run time, but it still says one
 * layer knows another's shapes, and the server's payload types living in a client hook was
 * exactly how the layering slipped before.
 */
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SCOPE = ["app", "components", "lib", "proxy.ts", "instrumentation.ts"];

const PURE_DOMAINS = /^lib\/(srs|fsrs|quiz|experiments|classes|content|validation|nn|time)\//;
const NOT_PURE = /^lib\/experiments\/browser\//; // the Web Worker: tfjs backends, browser APIs
/** What a pure domain may not know: frameworks, the database, the server-only layers. */
const FRAMEWORK_PACKAGE = /^(react|react-dom|next|next-auth|@auth\/[^/]+|@prisma\/[^/]+|prisma|server-only)(\/|$)/;
const SERVER_FILE = /^lib\/(server|actions|generated)\/|^lib\/db[^/]*\.ts$|^lib\/auth[^/]*\.ts$/;
/** Pure: the domain folders, and every file directly in lib/ but the database and Auth.js wiring (outbox, stats, csv, …). */
const isPure = (file: string) =>
  (PURE_DOMAINS.test(file) && !NOT_PURE.test(file)) || (/^lib\/[^/]+\.ts$/.test(file) && !SERVER_FILE.test(file));

const isDbTarget = (e: Edge) =>
  e.local ? /^lib\/generated\/|^lib\/db[^/]*\.ts$/.test(e.to) : /^(@prisma\/[^/]+|prisma)(\/|$)/.test(e.to);
/** Who may open the database: the data layer, the db modules themselves, and the health check. */
const mayUseDb = (file: string) =>
  file.startsWith("lib/server/") || /^lib\/db[^/]*\.ts$/.test(file) || file === "app/api/health/route.ts";

const show = (edges: Edge[]) =>
  edges.map((e) => `  ${e.from}:${e.line} → ${e.to}${e.typeOnly ? "  (import type)" : ""}`).join("\n");

/** Fails with the offending imports listed one per line, so the message says what to fix. */
function expectNone(edges: Edge[], rule: string) {
  if (edges.length) expect.fail(`${rule} — ${edges.length} import(s) break it:\n${show(edges)}`);
}

let graph: ImportGraph;
beforeAll(() => {
  graph = buildImportGraph(ROOT, SCOPE);
});

describe("architecture: the import graph", () => {
  it("is read in full (so the rules below cannot pass on an empty graph)", () => {
    expect(graph.files.length).toBeGreaterThan(100);
    const has = (from: string, to: string, typeOnly?: boolean) =>
      graph.edges.some((e) => e.from === from && e.to === to && (typeOnly === undefined || e.typeOnly === typeOnly));
    expect(has("app/(study)/study/review/page.tsx", "components/review/review-session.tsx")).toBe(true); // @/ alias
    expect(has("lib/server/action.ts", "lib/server/session.ts")).toBe(true);
    expect(has("lib/server/study-review-page.ts", "lib/srs/review-card.ts", true)).toBe(true); // import type
    expect(has("components/experiments/use-experiment-run.ts", "lib/experiments/browser/worker.ts")).toBe(true); // new Worker(new URL(…))
    expect(has("lib/server/session.ts", "next/navigation")).toBe(true); // packages
    expect(graph.edges.filter((e) => e.local && !e.typeOnly).length).toBeGreaterThan(300);
  });

  it("resolves every project import (a path it cannot follow would hide an edge)", () => {
    expectNone(graph.unresolved, "Every @/ or relative import must resolve to a file");
  });

  it("lib/ never imports components/ or app/", () => {
    expectNone(
      graph.edges.filter((e) => e.local && e.from.startsWith("lib/") && /^(components|app)\//.test(e.to)),
      "lib/ is below components/ and app/",
    );
  });

  it("components/ never imports app/", () => {
    expectNone(
      graph.edges.filter((e) => e.local && e.from.startsWith("components/") && e.to.startsWith("app/")),
      "components/ is below app/ (server actions live in lib/actions/)",
    );
  });

  it("only lib/server/ opens the database (Prisma, lib/generated, lib/db*)", () => {
    expectNone(
      graph.edges.filter((e) => isDbTarget(e) && !mayUseDb(e.from)),
      "Prisma and lib/db* belong to lib/server/ (app/api/health/route.ts is the one exception)",
    );
  });

  it("the pure domains know nothing of React, Next, Auth.js, Prisma or the server layers", () => {
    const pure = graph.files.filter(isPure);
    expect(pure).toEqual(
      expect.arrayContaining([
        "lib/outbox.ts",
        "lib/stats.ts",
        "lib/random.ts",
        "lib/csv.ts",
        "lib/nn/param-count.ts",
        "lib/time/local-day.ts",
      ]),
    );
    expect(pure).not.toContain("lib/db.ts");
    expect(pure).not.toContain("lib/auth.config.ts");
    expectNone(
      graph.edges.filter((e) => isPure(e.from) && (e.local ? SERVER_FILE.test(e.to) : FRAMEWORK_PACKAGE.test(e.to))),
      "lib/srs, lib/fsrs, lib/quiz, lib/experiments (but browser/), lib/classes, lib/content, lib/validation, lib/nn, lib/time and the files directly in lib/ (but lib/db*, lib/auth*) are pure",
    );
  });

  it('server actions live only in lib/actions/, one "use server" module per domain', () => {
    const directive = /^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["'];?/;
    const misplaced = graph.files.filter(
      (f) => !f.startsWith("lib/actions/") && /(^|\n)\s*["']use server["']/.test(readFileSync(join(ROOT, f), "utf8")),
    );
    const unmarked = graph.files.filter(
      (f) => f.startsWith("lib/actions/") && !directive.test(readFileSync(join(ROOT, f), "utf8")),
    );
    expect(misplaced, `"use server" outside lib/actions/: ${misplaced.join(", ")}`).toEqual([]);
    expect(unmarked, `lib/actions/ files without "use server" first: ${unmarked.join(", ")}`).toEqual([]);
    expect(graph.files.filter((f) => f.startsWith("lib/actions/")).length).toBeGreaterThan(0);
  });

  it("the FSRS optimizer (a native addon) has one door, reached only by the background runner", () => {
    const door = "lib/server/fsrs-optimizer.ts";
    const direct = graph.edges.filter((e) => !e.local && /^@open-spaced-repetition\/binding(\/|$)/.test(e.to));
    expect(direct.map((e) => e.from)).toEqual([door]);
    // Everything that can reach the door through run-time imports.
    const importers = new Map<string, string[]>();
    for (const e of graph.edges)
      if (e.local && !e.typeOnly) importers.set(e.to, [...(importers.get(e.to) ?? []), e.from]);
    const reaching = new Set<string>();
    const queue = [door];
    while (queue.length) {
      for (const from of importers.get(queue.pop()!) ?? []) {
        if (reaching.has(from)) continue;
        reaching.add(from);
        queue.push(from);
      }
    }
    const requestPath = [...reaching].filter(
      (f) =>
        /^(app|components|lib\/actions)\//.test(f) ||
        isPure(f) ||
        ["proxy.ts", "lib/server/study.ts", "lib/server/fsrs-learner.ts", "lib/server/fsrs-class.ts"].includes(f),
    );
    expect(
      requestPath,
      "pages, components, actions, pure domains and the grade path must not load the optimizer",
    ).toEqual([]);
    expect(reaching.has("instrumentation.ts")).toBe(true); // the runner, started with the server
  });

  it("has no import cycles (type-only imports included)", () => {
    const cycles = findCycles(graph);
    const text = cycles.map(
      (c) =>
        `  ${c.loop.join(" → ")}${c.files.length > c.loop.length - 1 ? `\n    (all ${c.files.length} files in this knot: ${c.files.join(", ")})` : ""}`,
    );
    if (cycles.length) expect.fail(`Import cycles (${cycles.length}):\n${text.join("\n")}`);
  });
});
