import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseProvider, databaseUrl } from "@/lib/db-url.mjs";

describe("the database URL, decided in one place", () => {
  it("DATABASE_URL wins; unset or empty gives the embedded default", () => {
    expect(databaseUrl({ DATABASE_URL: "file:./data/other.db" })).toBe("file:./data/other.db");
    expect(databaseUrl({})).toBe(DEFAULT_DATABASE_URL);
    expect(databaseUrl({ DATABASE_URL: "" })).toBe(DEFAULT_DATABASE_URL);
  });

  it("a file: URL is SQLite, a postgresql:// or postgres:// URL is PostgreSQL", () => {
    expect(databaseProvider("file:./data/app.db")).toBe("sqlite");
    expect(databaseUrl({ DATABASE_URL: "postgresql://u:p@db.example.edu:5432/paramlab" })).toBe(
      "postgresql://u:p@db.example.edu:5432/paramlab",
    );
    expect(databaseProvider("postgresql://u:p@host/db")).toBe("postgresql");
    expect(databaseProvider("postgres://u:p@host/db")).toBe("postgresql");
    expect(databaseProvider("mysql://u:p@host/db")).toBeNull();
    expect(databaseProvider("postgresql:host")).toBeNull();
  });

  it("refuses any other URL with a message that names both kinds, not the password", () => {
    const other = { DATABASE_URL: "mysql://user:secret@host/db" };
    expect(() => databaseUrl(other)).toThrow(
      /SQLite file URL such as file:\.\/data\/app\.db or a PostgreSQL URL such as postgresql:\/\/.*\(got "mysql:…"\)/,
    );
    expect(() => databaseUrl(other)).not.toThrow(/secret/);
  });

  it("the app, prisma.config.ts and the Node scripts all import it instead of repeating the default", () => {
    for (const file of ["lib/db-client.ts", "prisma.config.ts", "scripts/lib.mjs", "scripts/generate-clients.mjs"]) {
      const text = readFileSync(file, "utf8");
      expect(text, file).toMatch(/db-url\.mjs"/);
      expect(text, file).not.toContain("app.db");
    }
  });
});
