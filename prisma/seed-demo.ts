import bcrypt from "bcryptjs";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Demo accounts, created only by `npm start`/`npm run dev` (the --demo seed), never by tests of real data. */
export const DEMO_ACCOUNTS = [
  { email: "instructor@example.edu", password: "teach-params-1", name: "Dr. Ada Demo", role: "instructor" },
  { email: "student@example.edu", password: "learn-params-1", name: "Sam Student", role: "student" },
] as const;

export async function seedDemo(db: PrismaClient) {
  for (const a of DEMO_ACCOUNTS) {
    const found = await db.user.findUnique({ where: { email: a.email }, select: { id: true } });
    if (found) continue; // never overwrite a demo account someone has been using
    await db.user.create({
      data: { email: a.email, name: a.name, role: a.role, passwordHash: await bcrypt.hash(a.password, 10) },
    });
  }
  return DEMO_ACCOUNTS;
}
