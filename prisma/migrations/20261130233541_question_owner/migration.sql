-- AlterTable
ALTER TABLE "Question" ADD COLUMN "ownerId" TEXT;

-- CreateIndex
CREATE INDEX "Question_ownerId_idx" ON "Question"("ownerId");

