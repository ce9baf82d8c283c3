-- AlterTable (written by hand: an added column, no table rebuild)
ALTER TABLE "ReviewDay" ADD COLUMN "practice" INTEGER NOT NULL DEFAULT 0;

-- Backfill: a day's practice grades are its grades not undone ("reviews") less its review-mode
-- grades, which ReviewCardDay counts per card on the same day key (lib/server/review-day.ts writes
-- both rollups together, and their migration backfilled both alike), so the count is exact, on the
-- learner's local days as on the UTC days of older history.
UPDATE "ReviewDay" SET "practice" = "reviews" - COALESCE((SELECT SUM(c."graded") FROM "ReviewCardDay" c WHERE c."userId" = "ReviewDay"."userId" AND c."day" = "ReviewDay"."day"), 0);
