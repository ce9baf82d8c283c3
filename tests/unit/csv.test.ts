import { describe, expect, it } from "vitest";
import { BOM, csvHeaders, escapeCell, safeFileName, toCsv } from "@/lib/csv";

describe("CSV writer", () => {
  it("starts with a UTF-8 BOM, quotes every field and ends each line with CRLF", () => {
    const csv = toCsv([
      ["Name", "Grade"],
      ["Zoë Ñúñez", 87.5],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}"Name","Grade"\r\n"Zoë Ñúñez","87.5"\r\n`);
    expect(csv.split("\r\n")).toHaveLength(3); // two lines and the empty tail
    expect(csv.replace(/\r\n/g, "")).not.toMatch(/\n|\r/);
  });

  it("doubles quotes and keeps commas and line breaks inside one field", () => {
    expect(escapeCell('She said "hi", then left')).toBe('"She said ""hi"", then left"');
    expect(escapeCell("two\nlines")).toBe('"two\nlines"');
  });

  it.each([
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+1+2", '"\'+1+2"'],
    ["-2+3", '"\'-2+3"'],
    ["@SUM(A1)", '"\'@SUM(A1)"'],
    ["\t=1", '"\'\t=1"'],
    ["\r=1", '"\'\r=1"'],
  ])("escapes a formula-looking cell %j with a leading apostrophe", (input, expected) => {
    expect(escapeCell(input)).toBe(expected);
  });

  it("leaves harmless text, numbers we write, and empty cells alone", () => {
    expect(escapeCell("Sam = Student")).toBe('"Sam = Student"');
    expect(escapeCell(-3)).toBe('"-3"');
    expect(escapeCell(null)).toBe('""');
    expect(escapeCell(undefined)).toBe('""');
    expect(escapeCell(Number.NaN)).toBe('""');
  });

  it("makes safe ASCII file names for Content-Disposition", () => {
    expect(safeFileName('gradebook-Physik "LK" 2/3 — Zoë; rm -rf')).toBe("gradebook-physik-lk-2-3-zoe-rm-rf.csv");
    expect(safeFileName("ダメ")).toBe("export.csv");
    expect(safeFileName("x".repeat(100))).toHaveLength(64);
    expect(String(new Headers(csvHeaders("a.csv")).get("content-disposition"))).toBe('attachment; filename="a.csv"');
  });
});
