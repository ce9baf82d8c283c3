import "server-only";
import { hostname } from "node:os";
import { db } from "@/lib/db";
import { AGS_SCOPE } from "@/lib/lti/claims";
import { call, forgetToken, SCORE_TYPE, scoresUrl, ServiceError, serviceToken } from "@/lib/server/lti/services";

/**
 * Sends queued grades (LtiScore rows) to the LMS gradebook, in the background (the FSRS
 * runner's tick calls drainScores; tests call it directly). Rows are claimed with a
 * conditional update like FSRS jobs, so two processes never send the same row; a busy or
 * unreachable platform gets the row again later with a growing delay, ten tries at most.
 */
const MAX_TRIES = 10;
const STALE_MS = 5 * 60_000;
export const retryDelayMs = (tries: number) => Math.min(60 * 60_000, 15_000 * 2 ** Math.max(0, tries - 1));

type Row = Awaited<ReturnType<typeof db.ltiScore.findUniqueOrThrow>>;

async function claim(worker: string, now: Date): Promise<Row | null> {
  await db.ltiScore.updateMany({
    where: { status: "running", claimedAt: { lt: new Date(now.getTime() - STALE_MS) } },
    data: { status: "queued", claimedBy: null },
  });
  for (let i = 0; i < 5; i++) {
    const next = await db.ltiScore.findFirst({
      where: { status: "queued", nextAt: { lte: now } },
      orderBy: { nextAt: "asc" },
      select: { id: true },
    });
    if (!next) return null;
    const { count } = await db.ltiScore.updateMany({
      where: { id: next.id, status: "queued" },
      data: { status: "running", claimedBy: worker, claimedAt: now, tries: { increment: 1 } },
    });
    if (count === 1) return db.ltiScore.findUniqueOrThrow({ where: { id: next.id } });
  }
  return null;
}

async function send(row: Row, now: Date) {
  const item = await db.ltiLineItem.findUniqueOrThrow({ where: { quizId: row.quizId } });
  const ctx = await db.ltiContext.findUniqueOrThrow({ where: { id: item.contextId } });
  const platform = await db.ltiPlatform.findUniqueOrThrow({ where: { id: ctx.platformId } });
  const link = await db.ltiUserLink.findUniqueOrThrow({ where: { userId: row.userId } });
  const token = await serviceToken(platform, [AGS_SCOPE + "score"]);
  const body = {
    userId: link.subject,
    scoreGiven: row.scoreGiven,
    scoreMaximum: row.scoreMaximum,
    timestamp: now.toISOString(),
    activityProgress: "Completed",
    gradingProgress: "FullyGraded",
  };
  try {
    await call(scoresUrl(item.url), {
      method: "POST",
      headers: { "content-type": SCORE_TYPE, authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  } catch (e) {
    if (e instanceof ServiceError && e.status === 401) forgetToken(platform);
    throw e;
  }
}

export async function drainScores(worker = `${hostname()}:${process.pid}`, max = 20, now = () => new Date()) {
  const out: { id: string; status: string; error?: string }[] = [];
  while (out.length < max) {
    const row = await claim(worker, now());
    if (!row) break;
    try {
      await send(row, now());
      await db.ltiScore.update({ where: { id: row.id }, data: { status: "sent", sentAt: now(), error: null } });
      await db.ltiLineItem.update({ where: { quizId: row.quizId }, data: { lastSyncedAt: now(), lastError: null } });
      out.push({ id: row.id, status: "sent" });
    } catch (e) {
      const error = (e instanceof Error ? e.message : String(e)).slice(0, 300);
      const retry = (!(e instanceof ServiceError) || e.retryable) && row.tries < MAX_TRIES;
      await db.ltiScore.update({
        where: { id: row.id },
        data: retry
          ? { status: "queued", claimedBy: null, error, nextAt: new Date(now().getTime() + retryDelayMs(row.tries)) }
          : { status: "failed", error },
      });
      await db.ltiLineItem.updateMany({ where: { quizId: row.quizId }, data: { lastError: error } });
      out.push({ id: row.id, status: retry ? "retry" : "failed", error });
    }
  }
  return out;
}
