import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { claimNextJob, enqueueJob } from "@/lib/server/fsrs-jobs";
import { requestMyFit } from "@/lib/server/fsrs-learner";
import { drainJobs } from "@/lib/server/fsrs-runner";
import { enqueueDueFits, REFIT_EVERY } from "@/lib/server/fsrs-triggers";
import { recordGrade } from "@/lib/server/study";
import { gradeSchema } from "@/lib/validation/study";
import { makeUser } from "./class-fixtures";
import { insertSynthetic, makeDeck } from "./fsrs-fixtures";

let cards: string[] = [];
beforeAll(async () => {
  cards = await makeDeck("jobs", 30);
});
const jobsOf = (targetId: string) => db.fsrsJob.findMany({ where: { targetId }, orderBy: { createdAt: "asc" } });

describe("FSRS fits run in the background, never in a request", () => {
  it("asking for a fit only queues it (twice = one job); the runner fits it later", async () => {
    const me = await makeUser("student");
    await insertSynthetic(me.id, cards, { seed: 21, days: 200 });
    const first = await requestMyFit(me);
    const second = await requestMyFit(me);
    expect(first.status).toBe("queued");
    expect(second.queuedAt).toEqual(first.queuedAt);
    expect(await jobsOf(me.id)).toMatchObject([{ kind: "learner-fit", reason: "on-demand", status: "queued" }]);
    // Nothing was fitted while the request ran.
    expect(await db.fsrsFit.count({ where: { userId: me.id } })).toBe(0);
    expect(await db.user.findUniqueOrThrow({ where: { id: me.id } })).toMatchObject({ fsrsWeights: null });

    const done = await drainJobs("test-runner");
    const mine = done.find((d) => d.targetId === me.id);
    expect(mine).toMatchObject({ kind: "learner-fit" });
    expect(mine?.error).toBeUndefined();
    expect(await jobsOf(me.id)).toMatchObject([
      { status: "done", openKey: null, claimedBy: "test-runner", attempts: 1 },
    ]);
    expect(await db.fsrsFit.count({ where: { userId: me.id } })).toBe(1);
    // A finished job does not block the next request.
    await requestMyFit(me);
    expect(await jobsOf(me.id)).toHaveLength(2);
  });

  it("two runners racing for one job: exactly one gets it", async () => {
    const me = await makeUser("student");
    await drainJobs("clear-the-queue");
    await enqueueJob("learner-fit", me.id, "on-demand");
    const claims = await Promise.all([claimNextJob("runner-a"), claimNextJob("runner-b"), claimNextJob("runner-c")]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await jobsOf(me.id))[0]).toMatchObject({ status: "running", attempts: 1 });
  });

  it("a job left running by a process that died is claimed again, and given up after three tries", async () => {
    const me = await makeUser("student");
    await drainJobs("clear-the-queue");
    await db.fsrsJob.updateMany({ where: { status: "running" }, data: { status: "failed", openKey: null } });
    const job = await enqueueJob("learner-fit", me.id, "on-demand");
    await db.fsrsJob.update({
      where: { id: job.id },
      data: { status: "running", claimedBy: "dead", claimedAt: new Date(Date.now() - 3_600_000), attempts: 1 },
    });
    expect(await claimNextJob("alive")).toMatchObject({ id: job.id, claimedBy: "alive", attempts: 2 });
    await db.fsrsJob.update({
      where: { id: job.id },
      data: { claimedAt: new Date(Date.now() - 3_600_000), attempts: 3 },
    });
    expect(await claimNextJob("alive")).toBeNull();
    expect(await db.fsrsJob.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({
      status: "failed",
      openKey: null,
    });
  });

  it("grading never fits or queues; the runner's scan queues a first fit, then one every REFIT_EVERY reviews", async () => {
    const me = await makeUser("student");
    const g = gradeSchema.parse({
      id: randomUUID(),
      cardId: cards[0],
      rating: 3,
      reviewedAt: new Date().toISOString(),
    });
    await recordGrade(me, g);
    expect(await jobsOf(me.id)).toHaveLength(0);
    await enqueueDueFits();
    expect(await jobsOf(me.id)).toHaveLength(0); // one grade of a new card: nothing to learn from

    await insertSynthetic(me.id, cards.slice(1), { seed: 22, days: 150 });
    await enqueueDueFits();
    expect(await jobsOf(me.id)).toMatchObject([{ reason: "first-fit", status: "queued" }]);
    await drainJobs("test-runner");
    await enqueueDueFits();
    expect(await jobsOf(me.id)).toHaveLength(1); // fitted just now: not due again

    // REFIT_EVERY more reviews of cards in review state, after the fit → due again.
    const fit = await db.fsrsFit.findFirstOrThrow({ where: { userId: me.id } });
    const base = { userId: me.id, cardId: cards[1], rating: 3, stateBefore: "null", stateAfter: "null", prevState: 2 };
    await db.reviewLog.createMany({
      data: Array.from({ length: REFIT_EVERY }, (_, i) => ({
        ...base,
        id: randomUUID(),
        reviewedAt: new Date(fit.fittedAt.getTime() + (i + 1) * 1000),
      })),
    });
    await enqueueDueFits();
    expect(await jobsOf(me.id)).toMatchObject([{ status: "done" }, { reason: "new-reviews", status: "queued" }]);
  });
});
