/**
 * CSV that opens cleanly in Excel, LibreOffice and Google Sheets: UTF-8 with a byte-order
 * mark (so Excel reads accents right), CRLF line ends (RFC 4180), every field quoted with
 * inner quotes doubled, and no formula injection — a cell that starts with = + - @ (or a
 * tab or carriage return, which some spreadsheets skip before reading a formula) gets a
 * leading apostrophe so it is shown as text, never run (OWASP "CSV Injection").
 * Pure; the export routes only add headers.
 */
export type CsvCell = string | number | null | undefined;

export const BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeCell(value: CsvCell): string {
  let text =
    value === null || value === undefined
      ? ""
      : typeof value === "number"
        ? Number.isFinite(value)
          ? String(value)
          : ""
        : value;
  // Numbers we write ourselves (e.g. -3) are data, not formulas; text from users is not trusted.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(rows: CsvCell[][]): string {
  return BOM + rows.map((row) => row.map(escapeCell).join(",")).join("\r\n") + "\r\n";
}

/**
 * A file name safe in a Content-Disposition header on every OS: ASCII letters, digits and
 * dashes only, at most 60 characters, never empty.
 */
export function safeFileName(base: string, ext = "csv"): string {
  const slug = base
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return `${slug || "export"}.${ext}`;
}

/** Headers for a CSV download. */
export function csvHeaders(fileName: string): HeadersInit {
  return {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}
