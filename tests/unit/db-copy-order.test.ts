import { describe, expect, it } from "vitest";
import { modelsInForeignKeyOrder, primaryKeys } from "@/prisma/copy-tables";

// `npm run db:copy` reads the models, their foreign keys and primary keys from schema.prisma, so a
// model another branch adds is copied without touching the copy code. A schema it cannot copy
// safely (a key cycle, a composite key) is refused with the model's name.
const schema = `
model User {
  id    String @id @default(cuid())
  posts Post[]
}
model Post {
  id       String @id
  authorId String
  author   User   @relation(fields: [authorId], references: [id])
}
model Comment {
  id     Int    @id @default(autoincrement())
  postId String
  post   Post?  @relation(fields: [postId], references: [id], onDelete: Cascade)
}
model RateLimit {
  key    String    @id
  points Int
}
`;

describe("db:copy's reading of schema.prisma", () => {
  it("puts every model after the models its foreign keys point to, whatever order the file has", () => {
    const childrenFirst = schema
      .split(/(?=^model )/m)
      .reverse()
      .join("\n");
    const order = modelsInForeignKeyOrder(childrenFirst);
    expect(order.indexOf("User")).toBeLessThan(order.indexOf("Post"));
    expect(order.indexOf("Post")).toBeLessThan(order.indexOf("Comment"));
    expect([...order].sort()).toEqual(["Comment", "Post", "RateLimit", "User"]);
  });

  it("finds each model's primary key, whatever its name", () => {
    expect(primaryKeys(schema)).toEqual({ User: "id", Post: "id", Comment: "id", RateLimit: "key" });
  });

  it("refuses a composite key and a foreign-key cycle", () => {
    expect(() => primaryKeys("model Pair {\n  a String\n  b String\n  @@id([a, b])\n}\n")).toThrow(/model Pair/);
    const cycle =
      "model A {\n  id String @id\n  bId String\n  b B @relation(fields: [bId], references: [id])\n}\n" +
      "model B {\n  id String @id\n  aId String\n  a A @relation(fields: [aId], references: [id])\n}\n";
    expect(() => modelsInForeignKeyOrder(cycle)).toThrow(/cycle/);
  });

  it("reads the real schema: every model has a single-field key", () => {
    expect(Object.keys(primaryKeys()).sort()).toEqual([...modelsInForeignKeyOrder()].sort());
  });
});
