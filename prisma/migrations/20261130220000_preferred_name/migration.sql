-- What the app calls the user ("Ada" for "Dr. Ada Demo"); empty means the full name.
-- A plain ADD COLUMN (SQLite allows NOT NULL with a constant default) instead of Prisma's table
-- rebuild: the rebuild it generated listed only the columns of its day and would have dropped the
-- FSRS columns added by the migration before this one.
ALTER TABLE "User" ADD COLUMN "preferredName" TEXT NOT NULL DEFAULT '';
