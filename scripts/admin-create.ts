// `npm run admin:create -- <email> [--name "Full Name"]`: makes the first (or another) admin.
// An existing account is promoted; a new one gets ADMIN_PASSWORD if set, else a random
// password printed once (see README › Roles). Admins are made only here (and by ADMIN_EMAIL
// on a first start): no page or request of the app can make one.
import { createPrismaClient } from "@/lib/db-client";
import { describeAdmin, ensureAdmin } from "@/prisma/admin";

const args = process.argv.slice(2);
const nameAt = args.indexOf("--name");
const name = nameAt >= 0 ? args[nameAt + 1] : undefined;
const email = args.find((a, i) => !a.startsWith("--") && (nameAt < 0 || i !== nameAt + 1));

if (!email) {
  console.error('usage: npm run admin:create -- <email> [--name "Full Name"]');
  process.exit(2);
}

const db = createPrismaClient();
try {
  console.log(describeAdmin(await ensureAdmin(db, email, { name, password: process.env.ADMIN_PASSWORD || undefined })));
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
