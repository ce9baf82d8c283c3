// First-load JavaScript of one page, as both benches measure it: a fresh tab, every script
// response until the network is quiet, each gzipped. A script is "initial" when the page's HTML
// names it (what the browser must fetch before the page is interactive: Next's "first load JS");
// the rest are "deferred": dynamic imports the page starts after it is up (IndexedDB, the
// snapshot refresh), counted too so nothing hides, but reported apart.
import { gzipSync } from "node:zlib";

export async function firstLoadJs(context, path) {
  const scripts = new Map();
  const tab = await context.newPage();
  tab.on("response", (res) => {
    if (res.request().resourceType() !== "script") return;
    scripts.set(
      res.url(),
      res
        .body()
        .then((b) => ({ url: res.url(), raw: b.length, gzip: gzipSync(b).length }))
        .catch(() => null),
    );
  });
  const doc = await tab.goto(path, { waitUntil: "networkidle" });
  const html = doc ? await doc.text() : "";
  const sizes = (await Promise.all(scripts.values()))
    .filter(Boolean)
    .map((s) => ({ ...s, deferred: !html.includes(new URL(s.url).pathname) }));
  await tab.close();
  const kb = (list, field = "gzip") => list.reduce((n, s) => n + s[field], 0) / 1024;
  return {
    sizes,
    gzipKb: kb(sizes),
    rawKb: kb(sizes, "raw"),
    initialKb: kb(sizes.filter((s) => !s.deferred)),
    deferredKb: kb(sizes.filter((s) => s.deferred)),
  };
}
