// `npm run db:seed [-- --demo]`: content files → database, idempotent. --demo adds the demo accounts.
import { createPrismaClient } from "@/lib/db-client";
import { loadDecks } from "@/lib/content/load";
import { seedDecks } from "./seed-content";
import { seedDemo } from "./seed-demo";
import { loadQuestionBanks, seedQuizContent } from "./seed-quiz";
import { describeAdmin, promoteFirstAdmin } from "./admin";

async function main() {
  const db = createPrismaClient();
  try {
    const decks = loadDecks(); // throws with file and field on invalid content: nothing is written
    const banks = loadQuestionBanks(decks); // the same for the question banks, before any write
    const report = await seedDecks(db, decks);
    console.log(
      `seed: ${report.decks} deck(s); cards ${report.cards.created} created, ${report.cards.updated} updated, ${report.cards.retired} retired`,
    );
    const quiz = await seedQuizContent(db, banks);
    console.log(
      `seed: questions ${quiz.questions.created} created, ${quiz.questions.updated} updated, ${quiz.questions.retired} retired; ${quiz.quizzes} practice quiz(zes)`,
    );
    // ADMIN_EMAIL at first start: if that account exists and no admin does, it becomes the admin
    // (if it does not exist yet, signing up with that email makes it one: lib/server/users.ts).
    const first = await promoteFirstAdmin(db);
    if (first) console.log(`seed: ADMIN_EMAIL: ${describeAdmin(first)}`);
    if (process.argv.includes("--demo")) {
      const accounts = await seedDemo(db);
      console.log("seed: demo accounts (sign in at /sign-in):");
      for (const a of accounts) console.log(`  ${a.role.padEnd(10)} ${a.email}  password: ${a.password}`);
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
