import "server-only";
import { db } from "@/lib/db";
import { fitScores } from "@/lib/server/fsrs-fit-row";
import type { ClassCalibrationReport } from "@/lib/fsrs/calibration";
import type { Actor } from "@/lib/server/actor";
import { activeStudents, ownedClass } from "@/lib/server/class-access";
import { conflict } from "@/lib/server/errors";
import { enqueueJob, openJob } from "@/lib/server/fsrs-jobs";

/**
 * A class's memory model for its instructor: the class prior (fit, offer), the calibration
 * of the class's schedules, and each card's average difficulty and stability (the facts the
 * class forgets fastest first). Every function checks that the caller owns the class; the
 * fits themselves only ever run in the background.
 */
export type ClassCalibration = ClassCalibrationReport;

const REVIEW_STATES = [2, 3]; // review and relearning: cards past their learning steps

export async function getClassMemoryModel(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  const students = await activeStudents(cls.id);
  const ids = students.map((s) => s.id);
  const [priorRow, lastFit, fitJob, calJob, stored, perCard, cards] = await Promise.all([
    db.class.findUniqueOrThrow({ where: { id: cls.id }, select: { fsrsPriorFitId: true, fsrsPriorAt: true } }),
    db.fsrsFit.findFirst({ where: { classId: cls.id }, orderBy: { fittedAt: "desc" } }),
    openJob("class-fit", cls.id),
    openJob("class-calibration", cls.id),
    db.classCalibration.findUnique({ where: { classId: cls.id } }),
    db.cardState.groupBy({
      by: ["cardId"],
      where: { userId: { in: ids }, state: { in: REVIEW_STATES } },
      _avg: { difficulty: true, stability: true, lapses: true },
      _count: { _all: true },
    }),
    db.card.findMany({ where: { active: true }, select: { id: true, title: true, position: true } }),
  ]);
  const usersOnPrior = priorRow.fsrsPriorFitId
    ? await db.user.count({ where: { id: { in: ids }, fsrsFitId: priorRow.fsrsPriorFitId } })
    : 0;
  const stats = new Map(perCard.map((c) => [c.cardId, c]));
  return {
    cls,
    students: students.length,
    lastFit: lastFit && {
      id: lastFit.id,
      fittedAt: lastFit.fittedAt,
      reviews: lastFit.reviews,
      students: lastFit.students,
      ...fitScores(lastFit),
      offerable: lastFit.adopted,
    },
    prior: priorRow.fsrsPriorFitId
      ? { fitId: priorRow.fsrsPriorFitId, offeredAt: priorRow.fsrsPriorAt, students: usersOnPrior }
      : null,
    jobs: { fit: fitJob?.status ?? null, calibration: calJob?.status ?? null },
    calibration: stored ? { computedAt: stored.computedAt, report: JSON.parse(stored.data) as ClassCalibration } : null,
    cards: cards
      .map((c) => {
        const s = stats.get(c.id);
        return {
          id: c.id,
          title: c.title,
          position: c.position,
          students: s?._count._all ?? 0,
          difficulty: s?._avg.difficulty ?? null,
          stability: s?._avg.stability ?? null,
          lapses: s?._avg.lapses ?? null,
        };
      })
      .sort((a, b) => (a.stability ?? Infinity) - (b.stability ?? Infinity) || a.position - b.position),
  };
}
export type ClassMemoryModel = Awaited<ReturnType<typeof getClassMemoryModel>>;

export async function requestClassFit(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  return enqueueJob("class-fit", cls.id, "on-demand");
}

export async function requestClassCalibration(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  return enqueueJob("class-calibration", cls.id, "on-demand");
}

/**
 * Offers the class's latest fit as the starting point of its students who have too few
 * reviews of their own: the offer is recorded, and each current student's fit job is queued
 * (the job decides, student by student, whether they take it).
 */
export async function offerClassPrior(actor: Actor, classId: string) {
  const cls = await ownedClass(actor, classId);
  const fit = await db.fsrsFit.findFirst({ where: { classId: cls.id }, orderBy: { fittedAt: "desc" } });
  if (!fit) throw conflict("Fit the class's weights first.");
  if (!fit.adopted)
    throw conflict(
      "The class's latest fit did not predict better than the default weights, so there is nothing better to offer.",
    );
  await db.class.update({ where: { id: cls.id }, data: { fsrsPriorFitId: fit.id, fsrsPriorAt: new Date() } });
  const students = await activeStudents(cls.id);
  for (const s of students) await enqueueJob("learner-fit", s.id, "class-prior");
  return { students: students.length };
}
