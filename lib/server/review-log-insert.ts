import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/** A grade's log row as the grade path writes it (prisma/schema.prisma's ReviewLog; undoneAt starts null). */
export type NewLog = {
  id: string;
  userId: string;
  cardId: string;
  rating: number;
  mode: string;
  durationMs: number | null;
  reviewedAt: Date;
  stateBefore: string;
  stateAfter: string;
  prevState: number;
  elapsedDays?: number;
  scheduledDays?: number;
};

type Raw = Pick<PrismaClient, "$executeRaw"> | Prisma.TransactionClient;

/**
 * The log's INSERT as one raw statement in the grade's batch: `reviewLog.create` costs ~3x the
 * CPU (it compiles the query and reads the whole row back, issue 11), and the grade path already
 * holds every value it would read back. createdAt is set here, as Prisma's @default(now()) would
 * (the column's SQL default has another text format on SQLite). A taken id still fails on the
 * primary key: the adapter reports it as a unique violation (lib/server/prisma-errors.ts).
 */
export function insertLog(client: Raw, d: NewLog, createdAt: Date) {
  return client.$executeRaw`
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "rating", "mode", "reviewedAt", "createdAt", "durationMs",
      "stateBefore", "stateAfter", "prevState", "elapsedDays", "scheduledDays")
    VALUES (${d.id}, ${d.userId}, ${d.cardId}, ${d.rating}, ${d.mode}, ${d.reviewedAt}, ${createdAt}, ${d.durationMs},
      ${d.stateBefore}, ${d.stateAfter}, ${d.prevState}, ${d.elapsedDays ?? 0}, ${d.scheduledDays ?? 0})`;
}
