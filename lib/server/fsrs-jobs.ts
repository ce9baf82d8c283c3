import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/server/prisma-errors";

/**
 * The FSRS job queue, a table so that it works with several app processes and on
 * PostgreSQL: a request only ever inserts a row here; a runner (lib/server/fsrs-runner.ts,
 * started in each server process, or `npm run fsrs:fit`) claims rows one at a time with a
 * conditional update, so two processes never run the same job.
 */
export type JobKind = "learner-fit" | "class-fit" | "class-calibration";
export type JobReason = "first-fit" | "new-reviews" | "on-demand" | "class-prior" | "joined-class";
export type Job = Awaited<ReturnType<typeof db.fsrsJob.findUniqueOrThrow>>;

const STALE_MS = 15 * 60_000;
const MAX_ATTEMPTS = 3;

export const openKey = (kind: JobKind, targetId: string) => `${kind}:${targetId}`;

/** Queues a job, or returns the one already queued or running for the same kind and target. */
export async function enqueueJob(kind: JobKind, targetId: string, reason: JobReason): Promise<Job> {
  const key = openKey(kind, targetId);
  for (let i = 0; i < 3; i++) {
    try {
      return await db.fsrsJob.create({ data: { kind, targetId, reason, openKey: key } });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const open = await db.fsrsJob.findUnique({ where: { openKey: key } });
      if (open) return open; // else it finished in between: try again
    }
  }
  throw new Error(`could not queue ${key}`);
}

export function openJob(kind: JobKind, targetId: string) {
  return db.fsrsJob.findUnique({ where: { openKey: openKey(kind, targetId) } });
}

/** A job left running by a process that died goes back to the queue (or fails after three tries). */
async function recoverStale(now: Date) {
  const old = { status: "running", claimedAt: { lt: new Date(now.getTime() - STALE_MS) } };
  await db.fsrsJob.updateMany({
    where: { ...old, attempts: { gte: MAX_ATTEMPTS } },
    data: { status: "failed", openKey: null, finishedAt: now, error: "gave up after three tries" },
  });
  await db.fsrsJob.updateMany({ where: old, data: { status: "queued", claimedBy: null, claimedAt: null } });
}

/** Claims the oldest queued job for `worker`, or returns null when there is none. */
export async function claimNextJob(worker: string, now = new Date()): Promise<Job | null> {
  await recoverStale(now);
  for (let i = 0; i < 5; i++) {
    const next = await db.fsrsJob.findFirst({
      where: { status: "queued" },
      orderBy: { createdAt: "asc" },
      select: { id: true },
    });
    if (!next) return null;
    const { count } = await db.fsrsJob.updateMany({
      where: { id: next.id, status: "queued" },
      data: { status: "running", claimedBy: worker, claimedAt: now, attempts: { increment: 1 } },
    });
    if (count === 1) return db.fsrsJob.findUniqueOrThrow({ where: { id: next.id } });
  }
  return null;
}

export async function finishJob(job: Job, worker: string, error?: string) {
  await db.fsrsJob.updateMany({
    where: { id: job.id, claimedBy: worker },
    data: {
      status: error ? "failed" : "done",
      finishedAt: new Date(),
      openKey: null,
      error: error?.slice(0, 500) ?? null,
    },
  });
}
