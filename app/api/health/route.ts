import { NextResponse } from "next/server";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";

/** Liveness and readiness: the app answers and the database can be queried. No auth, no data. */
export async function GET() {
  const started = performance.now();
  try {
    const cards = await db.card.count({ where: { active: true } });
    return NextResponse.json({
      status: "ok",
      database: "ok",
      cards,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
    });
  } catch {
    return NextResponse.json({ status: "error", database: "unreachable" }, { status: 503 });
  }
}
