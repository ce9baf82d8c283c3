import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  getClassMemoryModel,
  offerClassPrior,
  requestClassCalibration,
  requestClassFit,
} from "@/lib/server/fsrs-class";
import { getMyMemoryModel } from "@/lib/server/fsrs-learner";
import { drainJobs } from "@/lib/server/fsrs-runner";
import { parseWeights } from "@/lib/srs/weights";
import { stringMatching } from "@/tests/support/matchers";
import type { Actor } from "@/lib/server/actor";
import { makeUser } from "./class-fixtures";
import { insertHistory, insertSynthetic, makeDeck } from "./fsrs-fixtures";

let teacher: Actor;
let classId: string;
let newcomer: Actor;
let cards: string[] = [];

beforeAll(async () => {
  cards = await makeDeck("class-prior", 40);
  teacher = await makeUser("instructor");
  const cls = await db.class.create({ data: { name: "Memory class", instructorId: teacher.id, joinCode: "MEMC2345" } });
  classId = cls.id;
  for (let i = 0; i < 12; i++) {
    const s = await makeUser("student");
    await db.enrollment.create({ data: { classId, userId: s.id } });
    await insertSynthetic(s.id, cards, { seed: 100 + i, days: 365 });
  }
  newcomer = await makeUser("student");
  await db.enrollment.create({ data: { classId, userId: newcomer.id } });
  const d = (n: number) => new Date(Date.UTC(2026, 6, 1 + n, 9));
  await insertHistory(newcomer.id, cards, [
    { seq: "n:c0", reviewedAt: d(0), rating: 3 },
    { seq: "n:c0", reviewedAt: d(3), rating: 3 },
    { seq: "n:c1", reviewedAt: d(0), rating: 3 },
  ]);
});

describe("the class prior and the class's calibration", () => {
  it("only the class's own instructor may see it or queue its jobs", async () => {
    const other = await makeUser("instructor");
    await expect(getClassMemoryModel(other, classId)).rejects.toMatchObject({ code: "not_found" });
    await expect(requestClassFit(other, classId)).rejects.toMatchObject({ code: "not_found" });
    await expect(offerClassPrior(newcomer, classId)).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.fsrsJob.count({ where: { targetId: classId } })).toBe(0);
  });

  it("cannot offer weights before a fit that beats the defaults", async () => {
    await expect(offerClassPrior(teacher, classId)).rejects.toMatchObject({
      code: "conflict",
      message: stringMatching(/Fit the class/),
    });
  });

  it("fits on the pooled reviews in the background, offers them, and a student short of reviews starts from them", async () => {
    await requestClassFit(teacher, classId);
    expect(await db.fsrsFit.count({ where: { classId } })).toBe(0); // queued, not fitted
    await drainJobs("test-runner");
    const model = await getClassMemoryModel(teacher, classId);
    expect(model.lastFit).toMatchObject({ outcome: "full", offerable: true, students: 13 });
    expect(model.lastFit!.fitted!.logLoss).toBeLessThan(model.lastFit!.base!.logLoss);

    expect(await offerClassPrior(teacher, classId)).toEqual({ students: 13 });
    await drainJobs("test-runner");
    const user = await db.user.findUniqueOrThrow({ where: { id: newcomer.id } });
    expect(user.fsrsFitId).toBe(model.lastFit!.id);
    const classFit = await db.fsrsFit.findUniqueOrThrow({ where: { id: model.lastFit!.id } });
    expect(parseWeights(user.fsrsWeights)).toEqual(JSON.parse(classFit.weights));
    const mine = await getMyMemoryModel(newcomer);
    expect(mine).toMatchObject({ source: "class", inUse: { className: "Memory class" } });
    expect(mine.lastFit?.decision).toMatch(/start from the weights your class Memory class fitted/);
    expect((await getClassMemoryModel(teacher, classId)).prior).toMatchObject({
      fitId: model.lastFit!.id,
      students: expect.any(Number) as number,
    });
  });

  it("measures default against in-use weights on the class's reviews, and ranks cards by how fast they are forgotten", async () => {
    await requestClassCalibration(teacher, classId);
    await drainJobs("test-runner");
    const { calibration, cards: perCard } = await getClassMemoryModel(teacher, classId);
    expect(calibration?.report).toMatchObject({ students: 13 });
    expect(calibration!.report.notOnDefaults).toBeGreaterThanOrEqual(1); // at least the newcomer, on the class prior
    const report = calibration!.report;
    expect(report.reviews).toBeGreaterThan(1000);
    expect(report.default.bins.reduce((n, b) => n + b.reviews, 0)).toBe(report.reviews);
    expect(report.inUse).not.toBeNull();
    const known = perCard.filter((c) => c.stability !== null);
    expect(known.length).toBe(40);
    for (let i = 1; i < known.length; i++) expect(known[i].stability!).toBeGreaterThanOrEqual(known[i - 1].stability!);
  });
});
