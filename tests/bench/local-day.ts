// `npm run bench:local-day`: the cost of naming learners' local days, which every study,
// progress and instructor page does for each review it shows. A learner with a year of
// reviews (5,200, like each student of bench:classes) on the progress heatmap: days named by
// asking Intl for every instant (the baseline, what localDayKey did before) vs localDayKey's
// per-quarter-hour offset cache, measured in the same run. Prints ms per heatmap and the ratio.
import { localDayKey, localDayKeyIntl, addDays, type DayKey } from "@/lib/time/local-day";
import { reviewsByDay } from "@/lib/srs/stats";
import { createRng } from "@/lib/random";

const ZONE = process.env.BENCH_ZONE ?? "Europe/Berlin";
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 5200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

const rng = createRng(7);
const end = Date.UTC(2026, 10, 30, 12);
const logs = Array.from({ length: REVIEWS }, () => ({
  reviewedAt: new Date(end - Math.floor(rng.next() * 365 * 86_400_000)),
  mode: "review",
  rating: 3,
  prevState: 2,
}));
const today = localDayKey(new Date(end), ZONE);
const start = addDays(today, -370);

function time(name: string, f: () => unknown) {
  f(); // warm (the cache fills here, as on a server that has shown any page in this zone)
  const t0 = performance.now();
  for (let i = 0; i < ROUNDS; i++) f();
  const ms = (performance.now() - t0) / ROUNDS;
  console.log(`${name.padEnd(44)} ${ms.toFixed(2).padStart(8)} ms`);
  return ms;
}

function byIntl(): Map<DayKey, number> {
  const m = new Map<DayKey, number>();
  for (const l of logs) {
    const d = localDayKeyIntl(l.reviewedAt, ZONE);
    m.set(d, (m.get(d) ?? 0) + 1);
  }
  return m;
}
function byCache(): Map<DayKey, number> {
  const m = new Map<DayKey, number>();
  for (const l of logs) {
    const d = localDayKey(l.reviewedAt, ZONE);
    m.set(d, (m.get(d) ?? 0) + 1);
  }
  return m;
}

console.log(`${REVIEWS} reviews over a year in ${ZONE}, ${ROUNDS} rounds each`);
const a = time("day keys, Intl per instant (baseline)", byIntl);
const b = time("day keys, localDayKey (offset cache)", byCache);
time("reviewsByDay (the heatmap), localDayKey", () => reviewsByDay(logs, ZONE, start, today));
const same = JSON.stringify([...byIntl()].sort()) === JSON.stringify([...byCache()].sort());
console.log(`ratio baseline/cache ${(a / b).toFixed(1)}×; same days from both: ${same}`);
if (!same) process.exitCode = 1;
