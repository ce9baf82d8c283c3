/** Numbers of the memory-model pages, formatted the same everywhere. */
export const pct = (x: number, digits = 0) => `${(x * 100).toFixed(digits)}%`;
export const loss = (x: number | null | undefined) =>
  x === null || x === undefined || !Number.isFinite(x) ? "–" : x.toFixed(4);
export const days = (x: number | null) =>
  x === null ? "–" : x < 10 ? `${x.toFixed(1)} d` : `${Math.round(x).toLocaleString("en")} d`;
export const when = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(d);
