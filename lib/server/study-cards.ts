import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { fromRow, type CardSnapshot } from "@/lib/srs/snapshot";

/**
 * The reads every study page and every grade make, as single raw statements: a Prisma model
 * query with a relation costs several statements and ~3x the CPU of the same raw SELECT here
 * (issue 11's profile: the query compiler and the client, not SQLite, took most of a request).
 * Quoted identifiers and bound values: the same SQL on SQLite and PostgreSQL, which both hand
 * back DateTime columns as Dates and Int columns as numbers (aggregates as bigint: Number()).
 * Only the user's own states are joined (userId in the ON clause).
 */
export type StudyCard = {
  id: string;
  key: string;
  title: string;
  kind: string;
  position: number;
  front: string;
  back: string;
  caveat: string;
  experimentSlug: string | null;
  deckSlug: string;
  state: CardSnapshot | null;
};

type StateCols = {
  stateId: string | null;
  due: Date | null;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
  version: number;
};

const STATE_COLUMNS = Prisma.sql`s."id" AS "stateId", s."due", s."stability", s."difficulty", s."elapsedDays",
  s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."state", s."lastReview", s."version"`;

const snapshotOf = (r: StateCols) => (r.stateId !== null && r.due !== null ? fromRow({ ...r, due: r.due }) : null);

/** Active cards in deck-title then position order (as the pages show them), each with the user's state. */
export async function studyCards(userId: string, deckSlug?: string): Promise<StudyCard[]> {
  const rows = await db.$queryRaw<(StateCols & Omit<StudyCard, "state">)[]>`
    SELECT c."id", c."key", c."title", c."kind", c."position", c."front", c."back", c."caveat", c."experimentSlug",
      d."slug" AS "deckSlug", ${STATE_COLUMNS}
    FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId"
    LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ${userId}
    WHERE c."active" = ${true} ${deckSlug === undefined ? Prisma.empty : Prisma.sql`AND d."slug" = ${deckSlug}`}
    ORDER BY d."title" ASC, c."position" ASC`;
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    title: r.title,
    kind: r.kind,
    position: r.position,
    front: r.front,
    back: r.back,
    caveat: r.caveat,
    experimentSlug: r.experimentSlug,
    deckSlug: r.deckSlug,
    state: snapshotOf(r),
  }));
}

/** Distinct cards the user introduced (first review-mode grade of a new card, not undone) since `since`. */
export async function cardsStartedSince(userId: string, since: Date): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(DISTINCT "cardId") AS "n" FROM "ReviewLog"
    WHERE "userId" = ${userId} AND "mode" = 'review' AND "prevState" = 0 AND "undoneAt" IS NULL AND "reviewedAt" >= ${since}`;
  return Number(rows.at(0)?.n ?? 0);
}

/** The user's grades not undone since `since` (practice included). */
export async function gradesSince(userId: string, since: Date): Promise<number> {
  const rows = await db.$queryRaw<{ n: bigint | number }[]>`
    SELECT COUNT(*) AS "n" FROM "ReviewLog" WHERE "userId" = ${userId} AND "undoneAt" IS NULL AND "reviewedAt" >= ${since}`;
  return Number(rows.at(0)?.n ?? 0);
}

/** One card (active or not) and the user's state of it with its row id and version, for a grade. */
export async function cardForGrade(userId: string, cardId: string) {
  const rows = await db.$queryRaw<(StateCols & { id: string; active: boolean })[]>`
    SELECT c."id", c."active", ${STATE_COLUMNS}
    FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ${userId}
    WHERE c."id" = ${cardId}`;
  const r = rows.at(0);
  if (!r) return null;
  const state = snapshotOf(r);
  return {
    id: r.id,
    active: r.active,
    state,
    row: state && r.stateId ? { id: r.stateId, version: r.version } : null,
  };
}
