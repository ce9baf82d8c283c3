import { describe, expect, it } from "vitest";
import { attemptDeadline, isExpired, quizWindow, reviewAllowed, DEADLINE_GRACE_MS } from "@/lib/quiz/rules";
import { planItemSync } from "@/lib/quiz/item-sync";

const t = (iso: string) => new Date(iso);

describe("quiz timing rules", () => {
  it("knows upcoming, open and closed, with the close instant already closed", () => {
    const q = { openAt: t("2026-12-01T09:00:00Z"), closeAt: t("2026-12-01T10:00:00Z") };
    expect(quizWindow(q, t("2026-12-01T08:59:59Z"))).toBe("upcoming");
    expect(quizWindow(q, t("2026-12-01T09:00:00Z"))).toBe("open");
    expect(quizWindow(q, t("2026-12-01T10:00:00Z"))).toBe("closed");
    expect(quizWindow({ openAt: null, closeAt: null }, t("2030-01-01T00:00:00Z"))).toBe("open");
  });
  it("takes the earlier of start + time limit and the close time", () => {
    const start = t("2026-12-01T09:50:00Z");
    expect(attemptDeadline(start, { timeLimitSec: 1200, closeAt: t("2026-12-01T10:00:00Z") })).toEqual(
      t("2026-12-01T10:00:00Z"),
    );
    expect(attemptDeadline(start, { timeLimitSec: 300, closeAt: t("2026-12-01T10:00:00Z") })).toEqual(
      t("2026-12-01T09:55:00Z"),
    );
    expect(attemptDeadline(start, { timeLimitSec: null, closeAt: null })).toBeNull();
  });
  it("expires only after the short grace", () => {
    const d = t("2026-12-01T10:00:00Z");
    expect(isExpired(d, new Date(d.getTime() + DEADLINE_GRACE_MS))).toBe(false);
    expect(isExpired(d, new Date(d.getTime() + DEADLINE_GRACE_MS + 1))).toBe(true);
    expect(isExpired(null, t("2099-01-01T00:00:00Z"))).toBe(false);
  });
  it("shows answers after submitting, after the close, or never, as the quiz says", () => {
    const close = t("2026-12-01T10:00:00Z");
    expect(reviewAllowed("after_submit", close, t("2026-12-01T09:00:00Z"))).toBe(true);
    expect(reviewAllowed("after_close", close, t("2026-12-01T09:59:59Z"))).toBe(false);
    expect(reviewAllowed("after_close", close, close)).toBe(true);
    expect(reviewAllowed("never", close, t("2030-01-01T00:00:00Z"))).toBe(false);
  });
});

describe("quiz item sync", () => {
  const existing = [
    { id: "i1", questionId: "q1", position: 1, hasAnswers: true },
    { id: "i2", questionId: "q2", position: 2, hasAnswers: false },
    { id: "i3", questionId: "q3", position: 3, hasAnswers: true },
  ];
  it("keeps items by question, deletes unanswered leavers and retires answered ones", () => {
    const plan = planItemSync(existing, [
      { questionId: "q4", points: 1 },
      { questionId: "q1", points: 2 },
    ]);
    expect(plan.creates).toEqual([{ questionId: "q4", position: 1, points: 1 }]);
    expect(plan.updates).toEqual([{ id: "i1", position: 2, points: 2 }]);
    expect(plan.deletes).toEqual(["i2"]);
    expect(plan.retires).toEqual([{ id: "i3", position: -0 }]);
    expect(plan.retires.every((r) => r.position <= 0)).toBe(true);
    // parking positions are unique and clear of every final position
    const parked = plan.park.map((p) => p.position);
    expect(new Set(parked).size).toBe(parked.length);
    expect(parked.every((p) => p < -1000)).toBe(true);
  });
  it("refuses a question listed twice", () => {
    expect(() =>
      planItemSync(
        [],
        [
          { questionId: "q", points: 1 },
          { questionId: "q", points: 1 },
        ],
      ),
    ).toThrow(/twice/);
  });
});
