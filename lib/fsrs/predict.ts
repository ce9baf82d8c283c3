import { FSRSAlgorithm, generatorParameters, type FSRSState } from "ts-fsrs";
import type { FsrsItem } from "@/lib/fsrs/items";

/**
 * The retrievability a set of weights predicted for each item's target review, from the
 * history before it: ts-fsrs's `next_state` and forgetting curve, the same FSRS-6 maths
 * fsrs-rs evaluates with. Items of one card are prefixes of one history, so each card is
 * replayed once, not once per item.
 */
export function predictRecall(items: readonly FsrsItem[], weights: readonly number[]): number[] {
  const alg = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
  const cache = new Map<string, { done: number; state: FSRSState | null }>();
  return items.map((item) => {
    const upto = item.reviews.length - 1;
    let c = cache.get(item.seq);
    if (!c || c.done > upto) c = { done: 0, state: null };
    let state = c.state;
    for (let i = c.done; i < upto; i++) state = alg.next_state(state, item.reviews[i].deltaT, item.reviews[i].rating);
    cache.set(item.seq, { done: upto, state });
    return state ? alg.forgetting_curve(item.reviews[upto].deltaT, state.stability) : 0.5;
  });
}
