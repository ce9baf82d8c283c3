/**
 * Calendar days in a learner's own time zone, as "YYYY-MM-DD" keys. Pure, and correct
 * across daylight-saving changes: a day is whatever the zone's wall clock calls it (23, 24
 * or 25 hours long), never a fixed 86,400,000 ms.
 */
export type DayKey = string; // "2026-03-29"

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function parts(date: Date, timeZone: string) {
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(date))
    if (type !== "literal") p[type] = Number(value);
  return p as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** The local calendar day of an instant, asking Intl directly (the reference localDayKey is checked against). */
export function localDayKeyIntl(date: Date, timeZone: string): DayKey {
  const { year, month, day } = parts(date, timeZone);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Zone offsets by quarter hour of UTC time. A zone's offset is a whole number of quarter hours
 * and changes only at a local wall-clock time on a quarter hour, so it is constant within each
 * UTC quarter hour: one Intl call per quarter hour seen instead of one per instant (≈ 8 µs each:
 * a learner's year of 5,000 reviews on the heatmap was 40 ms of formatting per page).
 */
const QUARTER_HOUR = 900_000;
const MAX_CACHED = 100_000; // per zone, ≈ 3 years of quarter hours; cleared when full
const offsets = new Map<string, Map<number, number>>();

function cachedOffsetMinutes(t: number, timeZone: string) {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map<number, number>()));
  const q = Math.floor(t / QUARTER_HOUR);
  let off = zone.get(q);
  if (off === undefined) {
    if (zone.size >= MAX_CACHED) zone.clear();
    off = offsetMinutes(new Date(q * QUARTER_HOUR), timeZone);
    zone.set(q, off);
  }
  return off;
}

const DAY_MS = 86_400_000;
/** "YYYY-MM-DD" of each day number (days since 1970-01-01) named so far. */
const dayNames = new Map<number, DayKey>();

function dayName(n: number): DayKey {
  let key = dayNames.get(n);
  if (key === undefined) {
    if (dayNames.size >= MAX_CACHED) dayNames.clear();
    key = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(n, key);
  }
  return key;
}

/** The local calendar day of an instant. */
export function localDayKey(date: Date, timeZone: string): DayKey {
  const t = date.getTime();
  if (!Number.isFinite(t)) throw new RangeError("Invalid time value");
  return dayName(Math.floor((t + cachedOffsetMinutes(t, timeZone) * 60_000) / DAY_MS));
}

/** The zone's offset from UTC at an instant, in minutes (e.g. +60 for Berlin in winter). */
function offsetMinutes(date: Date, timeZone: string) {
  const p = parts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** The first instant of a local day (local midnight, or the first valid time if midnight is skipped). */
export function startOfLocalDay(day: DayKey, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle the offset even when the day starts on a DST change.
  let t = guess - offsetMinutes(new Date(guess), timeZone) * 60_000;
  t = guess - offsetMinutes(new Date(t), timeZone) * 60_000;
  if (localDayKey(new Date(t), timeZone) !== day) t += 60 * 60_000; // midnight did not exist that day
  return new Date(t);
}

/** Days since 1970-01-01 of a calendar day. */
function dayNumber(day: DayKey): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;
}

/** Day arithmetic on calendar days (no time zone needed). */
export function addDays(day: DayKey, n: number): DayKey {
  return dayName(dayNumber(day) + n);
}

/** Whole calendar days from a to b (b − a). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return dayNumber(b) - dayNumber(a);
}

/** The first instant of the local day after `date`: "due today" means due before this. */
export function endOfLocalDay(date: Date, timeZone: string): Date {
  return startOfLocalDay(addDays(localDayKey(date, timeZone), 1), timeZone);
}
