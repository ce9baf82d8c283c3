import { describe, expect, it } from "vitest";
import { signInSchema, signUpSchema } from "@/lib/validation/auth";
import { fieldErrors } from "@/lib/validation/field-errors";
import { safeReturnPath } from "@/lib/safe-return-path";
import { renderMarkdown } from "@/lib/content/markdown";

const good = { name: "Ada", email: "Ada@Example.EDU ", password: "abcdefg1", role: "student" };

describe("sign-up validation", () => {
  it("accepts a good form and normalizes the email", () => {
    const r = signUpSchema.parse(good);
    expect(r.email).toBe("ada@example.edu");
  });
  it.each([
    [{ password: "short1" }, "password", /too weak/],
    [{ password: "abcdefgh" }, "password", /too weak/],
    [{ password: "12345678" }, "password", /too weak/],
    [{ email: "nope" }, "email", /Enter an email like/],
    [{ name: "  " }, "name", /Enter your name/],
  ])("rejects %o with a message on %s", (patch, field, message) => {
    const r = signUpSchema.safeParse({ ...good, ...patch });
    expect(r.success).toBe(false);
    expect(fieldErrors(r.error!)[field]).toMatch(message);
  });
  it("has no role field: a form's role is dropped, never read", () => {
    expect(signUpSchema.parse({ ...good, role: "instructor" })).not.toHaveProperty("role");
  });
  it("accepts one-letter top-level domains that z.email() would reject", () => {
    expect(signInSchema.safeParse({ email: "a@b.c", password: "x" }).success).toBe(true);
  });
});

describe("return paths after sign-in", () => {
  it.each([
    ["/decks/x", "/decks/x"],
    ["http://localhost:3000/study?x=1", "/study?x=1"],
    ["//evil.example/", "/fallback"],
    ["/\\evil.example", "/fallback"],
    ["javascript:alert(1)", "/fallback"],
    ["/sign-in", "/fallback"],
    [undefined, "/fallback"],
  ])("%s → %s", (input, out) => expect(safeReturnPath(input, "/fallback")).toBe(out));
});

describe("markdown on cards", () => {
  it("renders math with KaTeX and escapes raw HTML", () => {
    const html = renderMarkdown("Weights: $n_{in} n_{out}$ <script>alert(1)</script> **bold**");
    expect(html).toContain('class="katex"');
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
  });
});
