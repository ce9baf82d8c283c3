import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

/**
 * rate-limiter-flexible's Prisma store on the app's own database (the RateLimit table), so a
 * throttle holds across every server process on SQLite and PostgreSQL alike, through Prisma's
 * own API (no raw SQL).
 *
 * One change to the stock store: it deletes an expired row before every upsert, two writes per
 * call. Here a call is one upsert that adds the points; only when that row's window had already
 * ended (at most once per window) does a second write start the new window. Two calls racing
 * across that moment may count one point less: fine for a throttle.
 */
class OneWritePrismaStore extends RateLimiterPrisma {
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false) {
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    if (forceExpire)
      return db.rateLimit.upsert({ where: { key }, create: { key, points, expire }, update: { points, expire } });
    const row = await db.rateLimit.upsert({
      where: { key },
      create: { key, points, expire },
      update: { points: { increment: points } },
    });
    if (row.expire && row.expire <= now) return db.rateLimit.update({ where: { key }, data: { points, expire } });
    return row;
  }
}

let sweeping = false;

/** A limiter of `points` per `duration` seconds. The first one made also sweeps rows an hour past their window. */
export function makeLimiter(keyPrefix: string, points: number, duration: number) {
  const sweep = !sweeping;
  sweeping = true;
  return new OneWritePrismaStore({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix,
    points,
    duration,
    clearExpiredByTimeout: sweep,
  });
}

export type Limiter = ReturnType<typeof makeLimiter>;
export type { RateLimiterRes };
