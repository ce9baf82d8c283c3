import { z } from "zod";
import { deriveSeed, shuffle } from "@/lib/quiz/random";

/**
 * The order an attempt shows its questions and options in. Made once from the attempt's
 * seed when the attempt starts and stored with it, so a reload shows the same screen.
 */
export const attemptLayoutSchema = z.object({
  v: z.literal(1),
  items: z.array(z.string()),
  options: z.record(z.string(), z.array(z.string())),
});
export type AttemptLayout = z.infer<typeof attemptLayoutSchema>;

export type LayoutInput = {
  /** QuizItem id */
  id: string;
  type: string;
  /** choice option ids as authored, or ordering item ids */
  optionIds?: string[];
  /** ordering only: the correct order, which the shown order must never equal */
  correctOrder?: string[];
};

export function buildAttemptLayout(
  items: LayoutInput[],
  seed: number,
  settings: { shuffleQuestions: boolean; shuffleOptions: boolean },
): AttemptLayout {
  const ids = items.map((i) => i.id);
  const order = settings.shuffleQuestions ? shuffle(ids, deriveSeed(seed, "questions")) : ids;
  const options: Record<string, string[]> = {};
  for (const item of items) {
    if (!item.optionIds) continue;
    const s = deriveSeed(seed, `options:${item.id}`);
    if (item.type === "ordering") {
      // Always shuffled: showing the items in the answer's order would give the answer away.
      let shown = shuffle(item.optionIds, s);
      if (item.correctOrder && shown.every((id, i) => id === item.correctOrder![i]))
        shown = [...shown.slice(1), shown[0]];
      options[item.id] = shown;
    } else if (settings.shuffleOptions) {
      options[item.id] = shuffle(item.optionIds, s);
    } else {
      options[item.id] = item.optionIds.slice();
    }
  }
  return { v: 1, items: order, options };
}

/** Reorders a list of {id} by the stored order; ids missing from the order keep their place at the end. */
export function applyOrder<T extends { id: string }>(list: T[], order: string[] | undefined): T[] {
  if (!order) return list;
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...list].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}
