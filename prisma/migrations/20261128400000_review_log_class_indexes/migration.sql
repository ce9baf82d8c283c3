-- DropIndex
DROP INDEX "ReviewLog_userId_reviewedAt_idx";

-- CreateIndex
CREATE INDEX "ReviewLog_userId_reviewedAt_undoneAt_idx" ON "ReviewLog"("userId", "reviewedAt", "undoneAt");

-- CreateIndex
CREATE INDEX "ReviewLog_userId_cardId_reviewedAt_mode_prevState_rating_undoneAt_idx" ON "ReviewLog"("userId", "cardId", "reviewedAt", "mode", "prevState", "rating", "undoneAt");

