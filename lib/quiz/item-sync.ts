/**
 * Bringing a quiz's items in line with a wanted list of questions without losing anyone's
 * answers. Items are keyed by question; an item that leaves the list is deleted only if
 * no attempt answered it, otherwise it is retired: moved to a position ≤ 0, which new
 * attempts skip and old attempts still show. (Position 1, 2, … is the quiz's order.)
 */
export type ExistingItem = { id: string; questionId: string; position: number; hasAnswers: boolean };
export type WantedItem = { questionId: string; points: number };

export type ItemSyncPlan = {
  /** step 1: every existing item goes to a unique temporary position, so step 3 never collides */
  park: { id: string; position: number }[];
  deletes: string[];
  updates: { id: string; position: number; points: number }[];
  creates: { questionId: string; position: number; points: number }[];
  retires: { id: string; position: number }[];
};

export function planItemSync(existing: ExistingItem[], wanted: WantedItem[]): ItemSyncPlan {
  const byQuestion = new Map(existing.map((e) => [e.questionId, e]));
  const wantedIds = new Set(wanted.map((w) => w.questionId));
  if (wantedIds.size !== wanted.length) throw new Error("a question appears twice in the quiz");
  const plan: ItemSyncPlan = {
    park: existing.map((e, i) => ({ id: e.id, position: -1_000_000 - i })),
    deletes: [],
    updates: [],
    creates: [],
    retires: [],
  };
  wanted.forEach((w, i) => {
    const found = byQuestion.get(w.questionId);
    if (found) plan.updates.push({ id: found.id, position: i + 1, points: w.points });
    else plan.creates.push({ questionId: w.questionId, position: i + 1, points: w.points });
  });
  let retired = 0;
  for (const e of existing) {
    if (wantedIds.has(e.questionId)) continue;
    if (e.hasAnswers) plan.retires.push({ id: e.id, position: -retired++ });
    else plan.deletes.push(e.id);
  }
  return plan;
}
