import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseUrl } from "@/lib/db-url.mjs";

describe("the database URL, decided in one place", () => {
  it("DATABASE_URL wins; unset or empty gives the embedded default", () => {
    expect(databaseUrl({ DATABASE_URL: "file:./data/other.db" })).toBe("file:./data/other.db");
    expect(databaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "" })).toBe(DEFAULT_DATABASE_URL);
  });

  it("refuses a non-file URL with a message that names the fix, not the password", () => {
    expect(() => databaseUrl({ DATABASE_URL: "postgresql://user:secret@host/db" })).toThrow(
      /must be a SQLite file URL such as file:\.\/data\/app\.db \(got "postgresql:…"\)/,
    );
    expect(() => databaseUrl({ DATABASE_URL: "postgresql://user:secret@host/db" })).not.toThrow(/secret/);
  });

  it("the app, prisma.config.ts and the Node scripts all import it instead of repeating the default", () => {
    for (const file of ["lib/db-client.ts", "prisma.config.ts", "scripts/lib.mjs"]) {
      const text = readFileSync(file, "utf8");
      expect(text, file).toMatch(/db-url\.mjs"/);
      expect(text, file).not.toContain("app.db");
    }
  });
});
