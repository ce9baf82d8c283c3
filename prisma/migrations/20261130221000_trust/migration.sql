-- Throttle counters shared by every app process (rate-limiter-flexible's Prisma store).
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL,
    "expire" DATETIME
);

-- Revocable sessions. Plain ADD COLUMNs (SQLite allows NOT NULL with a constant default) rather
-- than a rebuild of the User table, which would have to list every column of its day.
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "User" ADD COLUMN "revokedSessions" TEXT NOT NULL DEFAULT '{}';

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");
