-- CreateTable
CREATE TABLE "ReviewDay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "base" INTEGER NOT NULL DEFAULT 0,
    "passed" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ReviewDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewCardDay" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "cardId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "graded" INTEGER NOT NULL DEFAULT 0,
    "again" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ReviewCardDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReviewCardDay_cardId_fkey" FOREIGN KEY ("cardId") REFERENCES "Card" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Backfill from the existing logs, before the indexes exist (faster). The day is the UTC date:
-- SQLite cannot convert to the learner's time zone, so history from before this migration is
-- dated by UTC day; every grade from now on is dated by the learner's local day (lib/server/review-day.ts).
INSERT INTO "ReviewDay" ("id", "userId", "day", "reviews", "base", "passed")
SELECT "userId" || '|' || date("reviewedAt"), "userId", date("reviewedAt"), COUNT(*),
    SUM(CASE WHEN "prevState" = 2 AND "mode" = 'review' THEN 1 ELSE 0 END),
    SUM(CASE WHEN "prevState" = 2 AND "mode" = 'review' AND "rating" > 1 THEN 1 ELSE 0 END)
FROM "ReviewLog" WHERE "undoneAt" IS NULL
GROUP BY "userId", date("reviewedAt");

INSERT INTO "ReviewCardDay" ("id", "userId", "cardId", "day", "graded", "again")
SELECT "userId" || '|' || "cardId" || '|' || date("reviewedAt"), "userId", "cardId", date("reviewedAt"), COUNT(*),
    SUM(CASE WHEN "rating" = 1 THEN 1 ELSE 0 END)
FROM "ReviewLog" WHERE "undoneAt" IS NULL AND "mode" = 'review'
GROUP BY "userId", "cardId", date("reviewedAt");

-- CreateIndex
CREATE INDEX "ReviewDay_userId_day_reviews_base_passed_idx" ON "ReviewDay"("userId", "day", "reviews", "base", "passed");

-- CreateIndex
CREATE INDEX "ReviewCardDay_userId_cardId_day_graded_again_idx" ON "ReviewCardDay"("userId", "cardId", "day", "graded", "again");

-- CreateIndex
CREATE INDEX "ReviewCardDay_cardId_idx" ON "ReviewCardDay"("cardId");

