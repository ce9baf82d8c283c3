// Helper of `npm run bench:load` (tests/bench/load.mjs): creates the bench's students through
// the app's own account code (lib/server/users.ts createUser: bcrypt, role, time zone) on
// DATABASE_URL, and prints them with the active card ids as one JSON line.
// Usage: tsx --conditions=react-server tests/bench/load-students.ts <count> <prefix> <password>
import { db } from "@/lib/db";
import { createUser } from "@/lib/server/users";

async function main() {
  const [count, prefix, password] = [Number(process.argv[2]), process.argv[3], process.argv[4]];
  const emails: string[] = [];
  // bcrypt dominates; a few at a time keeps both cores busy without starving the server.
  for (let i = 0; i < count; i += 4) {
    const batch = Array.from({ length: Math.min(4, count - i) }, (_, k) => `${prefix}-${i + k}@bench.example.edu`);
    await Promise.all(batch.map((email, k) => createUser({ name: `Bench ${i + k}`, email, password })));
    emails.push(...batch);
  }
  const cards = await db.card.findMany({ where: { active: true }, select: { id: true }, orderBy: { id: "asc" } });
  console.log(JSON.stringify({ emails, cards: cards.map((c) => c.id) }));
  await db.$disconnect();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
