// bench:load's own look at the database, from outside the app: raw better-sqlite3 or pg, the same
// SQL on both (quoted Prisma table names), for the exactly-once check after the run.

/** @param {string} url */
export async function benchDb(url) {
  let all;
  let close;
  let checkpoint = async () => {};
  if (url.startsWith("file:")) {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(url.replace(/^file:/, ""));
    db.pragma("busy_timeout = 10000");
    all = async (sql, params = []) => db.prepare(sql.replace(/\$\d+/g, "?")).all(...params);
    close = async () => db.close();
    checkpoint = async () => void db.pragma("wal_checkpoint(TRUNCATE)");
  } else {
    const { default: pg } = await import("pg");
    const u = new URL(url);
    const schema = u.searchParams.get("schema");
    u.searchParams.delete("schema");
    const client = new pg.Client({ connectionString: u.toString() });
    await client.connect();
    if (schema) await client.query(`SET search_path TO "${schema.replace(/"/g, "")}"`);
    all = async (sql, params = []) => (await client.query(sql, params)).rows;
    close = () => client.end();
  }
  const one = async (sql, params) => Number(Object.values((await all(sql, params))[0])[0]);

  return {
    checkpoint,
    close,
    async resetStudyTables() {
      for (const t of ["ReviewLog", "ReviewDay", "ReviewCardDay", "CardState", "RateLimit"])
        await all(`DELETE FROM "${t}"`);
    },
    /** How many of the acknowledged ids are stored (and how many distinct), and whether each state's version fits its grades. */
    async exactlyOnce(acked) {
      let storedAcked = 0;
      for (let i = 0; i < acked.length; i += 500) {
        const ids = acked.slice(i, i + 500);
        storedAcked += await one(
          `SELECT COUNT(*) AS n FROM "ReviewLog" WHERE id IN (${ids.map((_, k) => `$${k + 1}`).join(",")})`,
          ids,
        );
      }
      const distinctAcked = new Set(acked).size;
      const total = await one(`SELECT COUNT(*) AS n FROM "ReviewLog"`);
      const states = await one(`SELECT COUNT(*) AS n FROM "CardState"`);
      const badStates = await one(
        `SELECT COUNT(*) AS n FROM "CardState" s WHERE s.version <> (SELECT COUNT(*) FROM "ReviewLog" l
           WHERE l."userId" = s."userId" AND l."cardId" = s."cardId" AND l.mode = 'review' AND l."undoneAt" IS NULL)`,
      );
      return { storedAcked, distinctAcked, total, states, badStates };
    },
  };
}
