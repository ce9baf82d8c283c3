// `npm run bench:fsrs`: the memory model's numbers. (1) A seeded class of 200 synthetic
// students whose memories follow known, non-default FSRS-6 weights (each student's own,
// drawn around a class-wide set): calibration of the default weights, of each student's own
// fit, and of the class prior, all judged on the later 30% of each student's reviews that no
// fit saw. (2) How long one fsrs-rs fit takes for 1,000 and 10,000 reviews.
import { buildItems, type FsrsItem } from "@/lib/fsrs/items";
import { measure } from "@/lib/fsrs/metrics";
import { DEFAULT_WEIGHTS } from "@/lib/fsrs/outcome";
import { predictRecall } from "@/lib/fsrs/predict";
import { createRng } from "@/lib/random";
import { compareOnLaterReviews, fitWeights } from "@/lib/server/fsrs-optimizer";
import { decideAdoption } from "@/lib/fsrs/adoption";
import { syntheticLearner, TRUE_WEIGHTS } from "@/tests/support/fsrs-synthetic";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 200);
const CARDS = 40;
const DAYS = 365;

function studentWeights(seed: number): number[] {
  const rng = createRng(seed);
  // ±20% around the class-wide weights, so students differ from each other and from the defaults.
  return TRUE_WEIGHTS.map((w) => w * (1 + 0.2 * (2 * rng.next() - 1)));
}

const fmt = (x: number) => x.toFixed(4);

async function main() {
  const t0 = Date.now();
  const students = Array.from({ length: STUDENTS }, (_, i) => {
    const items = buildItems(
      syntheticLearner({
        seed: 1000 + i,
        cards: CARDS,
        days: DAYS,
        weights: studentWeights(5000 + i),
        prefix: `s${i}`,
      }),
    );
    const cut = Math.floor(items.length * 0.7);
    return { train: items.slice(0, cut), test: items.slice(cut) };
  });
  const pooledTrain = students.flatMap((s) => s.train).sort((a, b) => a.at - b.at);
  console.log(
    `${STUDENTS} students, ${pooledTrain.length + students.reduce((n, s) => n + s.test.length, 0)} usable reviews (${Date.now() - t0} ms to generate)`,
  );

  const prior = await fitWeights(pooledTrain);
  const test: FsrsItem[] = [];
  const byDefault: number[] = [];
  const byOwn: number[] = [];
  const byPrior: number[] = [];
  const byRule: number[] = [];
  let adopted = 0;
  const fitMs: number[] = [];
  for (const s of students) {
    const t = Date.now();
    const own = await fitWeights(s.train);
    fitMs.push(Date.now() - t);
    test.push(...s.test);
    byDefault.push(...predictRecall(s.test, DEFAULT_WEIGHTS));
    const ownPreds = predictRecall(s.test, own.weights);
    byOwn.push(...ownPreds);
    const priorPreds = predictRecall(s.test, prior.weights);
    byPrior.push(...priorPreds);
    // The app's rule: everyone starts from the prior; a student's own weights replace it only
    // if, on a time-series split of the student's training reviews, they predict better.
    const rule =
      own.outcome === "defaults" ? null : decideAdoption(await compareOnLaterReviews(s.train, prior.weights));
    if (rule?.adopt) adopted++;
    byRule.push(...(rule?.adopt ? ownPreds : priorPreds));
  }
  const rows: [string, number[]][] = [
    ["default FSRS-6 weights", byDefault],
    ["each student's own fit", byOwn],
    ["class prior (pooled fit)", byPrior],
    ["app rule: prior, own if better", byRule],
  ];
  console.log(`\nCalibration on ${test.length} held-out later reviews (lower is better):`);
  console.log("weights                         log loss   RMSE(bins)");
  for (const [name, preds] of rows) {
    const m = measure(test, preds);
    console.log(`${name.padEnd(30)}  ${fmt(m.logLoss)}     ${fmt(m.rmseBins)}`);
  }
  console.log(`(the app rule adopted ${adopted} students' own weights over the prior)`);
  const median = [...fitMs].sort((a, b) => a - b)[Math.floor(fitMs.length / 2)];
  console.log(`\nper-student fit: median ${median} ms on ~${Math.round(pooledTrain.length / STUDENTS)} reviews`);

  console.log(`\nOne fit (RAYON_NUM_THREADS=${process.env.RAYON_NUM_THREADS ?? "all cores"}):`);
  for (const n of [1_000, 10_000]) {
    // Whole students' histories (as a learner or a class would give), in time order.
    const items: FsrsItem[] = [];
    for (const s of students) {
      if (items.length >= n) break;
      items.push(...s.train, ...s.test);
    }
    items.splice(n);
    items.sort((a, b) => a.at - b.at);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await fitWeights(items);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${n.toLocaleString("en").padStart(6)} reviews: median ${Math.round(times[1])} ms (min ${Math.round(times[0])}, max ${Math.round(times[2])})`,
    );
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
