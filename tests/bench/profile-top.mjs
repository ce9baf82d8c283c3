// `node tests/bench/profile-top.mjs file.cpuprofile [n] [--window from-to]`: where a `--cpu-prof` profile spent its
// time — self time by function (and its file) and the share under a few frames of the grade path.
import { readFileSync } from "node:fs";

const args = process.argv.slice(2);
const w = args.indexOf("--window"); // bench:load prints it: only the samples of one scenario
const [from, to] = w >= 0 ? args.splice(w, 2)[1].split("-").map(Number) : [-Infinity, Infinity];
const [file, n = "25"] = args;
const prof = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(prof.nodes.map((node) => [node.id, node]));
const dt = new Map();
let at = prof.startTime;
prof.samples.forEach((id, i) => {
  at += prof.timeDeltas[i] ?? 0;
  if (at >= from && at <= to) dt.set(id, (dt.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
});
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const short = (url) =>
  url
    .replace(/^.*node_modules\//, "")
    .replace(/^.*\.next\//, ".next/")
    .slice(-60);
const label = (cf) => `${cf.functionName || "(anonymous)"} ${short(cf.url)}:${cf.lineNumber}`;

const self = new Map();
for (const [id, t] of dt) {
  const k = label(byId.get(id).callFrame);
  self.set(k, (self.get(k) ?? 0) + t);
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
console.log(`total ${(total / 1e6).toFixed(1)} s sampled; top self time:`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) console.log(`${pct(t)}  ${k}`);

// Inclusive time under frames whose name matches: each sample counted once per pattern.
const parent = new Map();
for (const node of prof.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
const patterns = {
  "idle/GC": /^\((idle|garbage collector|program)\)$/,
  "JWE/session (auth, jose, hkdf)": /jwtDecrypt|compactDecrypt|hkdf|^decode$|getDerivedEncryptionKey/,
  "Prisma client (all queries)": /_request|executeRequest|\$transaction|_transactionWithCallback/,
  "better-sqlite3 (SQL execution)": /^(all|run|get|iterate)$/,
  zod: /safeParse|_zod|~standard/,
  "React render (pages)": /renderToReadableStream|renderRSC|renderWithHooks|resumeAndPrerender/,
  "ts-fsrs": /^(next|repeat|next_state|forgetting_curve)$/,
};
const under = Object.fromEntries(Object.keys(patterns).map((k) => [k, 0]));
for (const [id, t] of dt) {
  const hit = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const name = byId.get(cur).callFrame.functionName;
    for (const [k, re] of Object.entries(patterns)) if (re.test(name)) hit.add(k);
  }
  for (const k of hit) under[k] += t;
}
console.log("\ninclusive time under:");
for (const [k, t] of Object.entries(under)) console.log(`${pct(t)}  ${k}`);

// Self time by where the code lives: a package, the app's own bundle, Node itself.
const where = (url) =>
  !url
    ? "(native, GC, idle)"
    : url.startsWith("node:")
      ? "node internals"
      : /node_modules\//.test(url)
        ? url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1")
        : /\.next\//.test(url)
          ? "app bundle (.next: app code, next, next-auth, jose, zod, bcryptjs)"
          : url;
const byWhere = new Map();
for (const [id, t] of dt) {
  const k = where(byId.get(id).callFrame.url);
  byWhere.set(k, (byWhere.get(k) ?? 0) + t);
}
console.log("\nself time by origin:");
for (const [k, t] of [...byWhere].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${pct(t)}  ${k}`);
