// `npm run fsrs:fit`: run the FSRS jobs from the command line instead of (or beside) the
// server's own runner. Scans for learners whose fit is due, optionally queues more, runs
// every queued job, and prints what happened.
//   npm run fsrs:fit                      scan, then run the queue
//   npm run fsrs:fit -- --user a@b.edu    also queue that learner's fit
//   npm run fsrs:fit -- --all             also queue every learner's fit
import { db } from "@/lib/db";
import { enqueueJob } from "@/lib/server/fsrs-jobs";
import { drainJobs } from "@/lib/server/fsrs-runner";
import { enqueueDueFits } from "@/lib/server/fsrs-triggers";

const args = process.argv.slice(2);
const userEmail = args.includes("--user") ? args[args.indexOf("--user") + 1] : undefined;

async function main() {
  if (userEmail) {
    const user = await db.user.findUnique({ where: { email: userEmail.toLowerCase() }, select: { id: true } });
    if (!user) throw new Error(`No user with email ${userEmail}`);
    await enqueueJob("learner-fit", user.id, "on-demand");
  }
  if (args.includes("--all"))
    for (const { id } of await db.user.findMany({ select: { id: true } }))
      await enqueueJob("learner-fit", id, "on-demand");
  const due = await enqueueDueFits();
  console.log(`queued ${due} due fit(s)`);
  for (const o of await drainJobs(`cli:${process.pid}`))
    console.log(`${o.kind} ${o.targetId}: ${o.error ? `failed: ${o.error}` : JSON.stringify(o.result)} (${o.ms} ms)`);
}

main()
  .catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
